package app.lantern.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.lantern.LanternIntegrationTest;
import app.lantern.shared.Figure;
import app.lantern.shared.FigureBlock;
import app.lantern.shared.RecordLink;
import app.lantern.shared.ReportingYear;
import app.lantern.shared.YearlyFacts;

/**
 * What the yearly report reads from the reviews module for the demo year 2023–24, as the issue
 * describes Eastmere's: three blocks, every figure exact and linked to the records it counts.
 */
@LanternIntegrationTest
class ReviewFactsIT {

    static final ReportingYear YEAR = ReportingYear.parse("2023-24");

    @Autowired List<YearlyFacts> modules;
    @Autowired ReviewYearlyFacts facts;
    @Autowired JdbcClient jdbc;

    long id(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    static List<String> labels(Figure f) {
        return f.records().stream().map(RecordLink::label).toList();
    }

    static List<String> displays(FigureBlock block) {
        return block.figures().stream().map(f -> f.key() + " " + f.display()).toList();
    }

    @Test
    void the_module_offers_the_report_three_blocks_in_order() {
        assertThat(modules).contains(facts);
        assertThat(facts.factsFor(YEAR)).extracting(FigureBlock::title)
                .containsExactly("Serious incidents and rapid reviews", "Case reviews", "Learning");
        assertThat(facts.factsFor(YEAR)).allSatisfy(b -> assertThat(b.year()).isEqualTo(YEAR));
    }

    @Test
    void three_notifications_one_late_and_two_rapid_reviews_one_late_each_linked_to_its_record() {
        var block = facts.factsFor(YEAR).getFirst();
        assertThat(displays(block)).containsExactly("incidents.notifications 3", "incidents.notified-on-time 2",
                "incidents.notified-late 1", "incidents.notified-on-time-percent 67%", "incidents.rapid-reviews 2",
                "incidents.rapid-reviews-on-time 1", "incidents.rapid-reviews-late 1", "incidents.rapid-reviews-on-time-percent 50%",
                "incidents.decision.LOCAL_REVIEW 1", "incidents.decision.NO_LOCAL_REVIEW 1",
                "incidents.decision.NATIONAL_REVIEW_RECOMMENDED 0");
        assertThat(labels(block.figure("incidents.notifications"))).containsExactly("SIN-2023-001", "SIN-2023-002", "SIN-2024-001");
        assertThat(labels(block.figure("incidents.notified-late"))).containsExactly("SIN-2023-002");
        assertThat(block.figure("incidents.notified-late").records().getFirst().path())
                .isEqualTo("/reviews/notifications/" + id("SELECT id FROM incident_notification WHERE reference = 'SIN-2023-002'"));
        assertThat(labels(block.figure("incidents.rapid-reviews-on-time"))).containsExactly("RR-2023-01");
        assertThat(labels(block.figure("incidents.rapid-reviews-late"))).containsExactly("RR-2023-02");

        // Willow came from the rapid review that decided on a local review
        var localReview = block.figure("incidents.decision.LOCAL_REVIEW").records();
        assertThat(localReview).containsExactly(new RecordLink("RR-2023-01",
                "/reviews/rapid/" + id("SELECT rapid_review_id FROM case_review WHERE title = 'Willow'")));
    }

    @Test
    void harbour_and_willow_were_commissioned_harbour_published_with_five_recommendations_two_actions_done() {
        var block = facts.factsFor(YEAR).get(1);
        assertThat(displays(block)).containsExactly("case-reviews.commissioned 2", "case-reviews.published 1",
                "case-reviews.recommendations 5", "case-reviews.recommendation-actions 5", "case-reviews.actions-completed 2",
                "case-reviews.actions-completed-percent 40%");
        long harbour = id("SELECT id FROM case_review WHERE title = 'Harbour'");
        long willow = id("SELECT id FROM case_review WHERE title = 'Willow'");
        assertThat(block.figure("case-reviews.commissioned").records()).containsExactly(
                new RecordLink("CR-2023-01 Harbour", "/reviews/cases/" + harbour), new RecordLink("CR-2023-02 Willow", "/reviews/cases/" + willow));
        assertThat(labels(block.figure("case-reviews.published"))).containsExactly("CR-2023-01 Harbour");
        assertThat(labels(block.figure("case-reviews.recommendations"))).containsExactly("CR-2023-01 recommendation 1",
                "CR-2023-01 recommendation 2", "CR-2023-01 recommendation 3", "CR-2023-01 recommendation 4", "CR-2023-01 recommendation 5");
        long first = id("SELECT action_id FROM case_review_recommendation WHERE review_id = ? AND number = 1", harbour);
        assertThat(block.figure("case-reviews.actions-completed").records().getFirst())
                .isEqualTo(new RecordLink("Action for CR-2023-01 recommendation 1", "/actions/" + first));
        assertThat(labels(block.figure("case-reviews.actions-completed")))
                .containsExactly("Action for CR-2023-01 recommendation 1", "Action for CR-2023-01 recommendation 2");
    }

    @Test
    void two_briefings_three_events_252_attended_and_ten_learning_points_by_theme() {
        var block = facts.factsFor(YEAR).get(2);
        assertThat(displays(block)).containsExactly("learning.briefings-published 2", "learning.events-held 3", "learning.attended 252",
                "learning.points 10", "learning.points.NEGLECT 2", "learning.points.EXPLOITATION 1", "learning.points.INFORMATION_SHARING 2",
                "learning.points.VOICE_OF_THE_CHILD 2", "learning.points.PROFESSIONAL_CURIOSITY 1", "learning.points.ESCALATION 1",
                "learning.points.OTHER 1");
        // the briefings name their reviews, and link to the public library
        assertThat(block.figure("learning.briefings-published").records()).containsExactly(
                new RecordLink("Safe sleep at every contact: an infant's sudden death", "/briefings/safe-sleep-at-every-contact-an-infant-s-sudden-death"),
                new RecordLink("Harbour: seeing the baby behind the moves", "/briefings/harbour-seeing-the-baby-behind-the-moves"));
        assertThat(id("SELECT subject_id FROM briefing WHERE title = 'Harbour: seeing the baby behind the moves'"))
                .isEqualTo(id("SELECT id FROM case_review WHERE title = 'Harbour'"));
        assertThat(id("SELECT subject_id FROM briefing WHERE title = 'Willow: early learning'"))
                .isEqualTo(id("SELECT id FROM case_review WHERE title = 'Willow'"));
        assertThat(labels(block.figure("learning.events-held"))).containsExactlyInAnyOrder("Harbour: when families move – practitioner event",
                "Safe sleep and co-sleeping risks: webinar for health visitors and family hubs", "Escalation and resolving professional disagreement");
        assertThat(labels(block.figure("learning.points.EXPLOITATION")))
                .containsExactly("Missing episodes were treated one at a time and not linked to exploitation risk.");
        assertThat(block.figure("learning.points.EXPLOITATION").records().getFirst().path())
                .isEqualTo("/learning/points?year=2023-24&theme=EXPLOITATION");
    }

    @Test
    void a_year_with_nothing_finished_leaves_the_percentages_out_rather_than_show_zero() {
        var block = facts.factsFor(ReportingYear.parse("2020-21")).getFirst();
        assertThat(block.figures()).extracting(Figure::key).doesNotContain("incidents.notified-on-time-percent",
                "incidents.rapid-reviews-on-time-percent");
        assertThat(block.figure("incidents.notifications").intValue()).isZero();
    }
}
