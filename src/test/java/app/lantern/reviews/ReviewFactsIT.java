package app.lantern.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.lantern.LanternIntegrationTest;
import app.lantern.shared.ReportingYear;

/** The yearly report's view of the demo year 2023–24, as the issue describes Eastmere's. */
@LanternIntegrationTest
class ReviewFactsIT {

    @Autowired ReviewFactsService reviews;
    @Autowired JdbcClient jdbc;

    long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void the_demo_year_has_three_notifications_two_rapid_reviews_one_published_review_one_in_progress_and_their_briefings() {
        var facts = reviews.factsFor(ReportingYear.parse("2023-24"));
        long harbour = id("SELECT id FROM case_review WHERE title = 'Harbour'");
        long willow = id("SELECT id FROM case_review WHERE title = 'Willow'");

        assertThat(facts.incidents().notificationCount()).isEqualTo(3);
        assertThat(facts.incidents().notificationsOnTimePercent()).isEqualTo(67);
        assertThat(facts.incidents().rapidReviewCount()).isEqualTo(2);
        assertThat(facts.incidents().rapidReviewsOnTimePercent()).isEqualTo(50);
        assertThat(facts.caseReviews().commissioned()).contains(harbour, willow);
        assertThat(facts.caseReviews().published()).contains(harbour).doesNotContain(willow);

        // Willow came from the rapid review that decided on a local review; the briefings name their reviews
        long commissionedBy = id("SELECT rapid_review_id FROM case_review WHERE id = " + willow);
        assertThat(facts.incidents().decided(RapidReviewDecision.LOCAL_REVIEW)).contains(commissionedBy);
        assertThat(id("SELECT subject_id FROM briefing WHERE title = 'Harbour: seeing the baby behind the moves'")).isEqualTo(harbour);
        assertThat(id("SELECT subject_id FROM briefing WHERE title = 'Willow: early learning'")).isEqualTo(willow);
        assertThat(facts.learning().briefingsPublishedCount()).isEqualTo(2);
        assertThat(facts.learning().learningPointsCount()).isEqualTo(10);
    }
}
