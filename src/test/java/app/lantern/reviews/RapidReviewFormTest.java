package app.lantern.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

/** The rapid review's outcome: dates after the notification, a decision before sending, the learning route when no local review. */
class RapidReviewFormTest {

    static final LocalDate NOTIFIED = LocalDate.of(2024, 5, 1);
    static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

    static RapidReviewForm form(String meetingDay, String decision, String route, String sentDay, String responseDay, String said) {
        return new RapidReviewForm(meetingDay, meetingDay.isEmpty() ? "" : "5", meetingDay.isEmpty() ? "" : "2024", "Findings",
                decision, route, sentDay, sentDay.isEmpty() ? "" : "5", sentDay.isEmpty() ? "" : "2024",
                responseDay, responseDay.isEmpty() ? "" : "5", responseDay.isEmpty() ? "" : "2024", said, "0");
    }

    @Test
    void a_complete_outcome_is_read() {
        var f = form("10", "LOCAL_REVIEW", "", "15", "20", "Agreed");
        var errors = new BeanPropertyBindingResult(f, "form");
        var o = f.outcome(NOTIFIED, TODAY, errors);
        assertThat(errors.getAllErrors()).isEmpty();
        assertThat(o.decision()).isEqualTo(RapidReviewDecision.LOCAL_REVIEW);
        assertThat(o.sentToPanel()).isEqualTo(LocalDate.of(2024, 5, 15));
        assertThat(o.learningRoute()).isNull();
    }

    @Test
    void sending_to_the_panel_needs_a_decision_and_no_local_review_needs_a_learning_route() {
        var f = form("", "", "", "15", "", "");
        var errors = new BeanPropertyBindingResult(f, "form");
        assertThat(f.outcome(NOTIFIED, TODAY, errors)).isNull();
        assertThat(errors.getFieldError("decision").getDefaultMessage()).startsWith("Select the decision");

        var g = form("", "NO_LOCAL_REVIEW", " ", "", "", "");
        var e2 = new BeanPropertyBindingResult(g, "form");
        assertThat(g.outcome(NOTIFIED, TODAY, e2)).isNull();
        assertThat(e2.getFieldError("learningRoute").getDefaultMessage()).isEqualTo("Enter how the learning will be spread without a local review");
    }

    @Test
    void dates_must_follow_the_notification_and_each_other() {
        var f = new RapidReviewForm("30", "4", "2024", "", "LOCAL_REVIEW", "", "29", "4", "2024", "10", "5", "2024", "", "0");
        var errors = new BeanPropertyBindingResult(f, "form");
        assertThat(f.outcome(NOTIFIED, TODAY, errors)).isNull();
        assertThat(errors.getFieldError("meetingDay").getDefaultMessage()).contains("after the date the panel was notified");
        assertThat(errors.getFieldError("sentDay").getDefaultMessage()).contains("after the date the panel was notified");

        var late = form("", "LOCAL_REVIEW", "", "15", "10", "Agreed");
        var e2 = new BeanPropertyBindingResult(late, "form");
        assertThat(late.outcome(NOTIFIED, TODAY, e2)).isNull();
        assertThat(e2.getFieldError("responseDay").getDefaultMessage()).contains("same as or after the date sent to the panel");
    }
}
