package app.lantern.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

import app.lantern.support.FormValidation;

class LearningEventFormTest {

    static LearningEventForm form(String places, String attended) {
        return new LearningEventForm("Webinar", "12", "12", "2023", "WEBINAR", "", "", places, attended, "", null);
    }

    static BeanPropertyBindingResult check(LearningEventForm f) {
        var errors = FormValidation.bound(f);
        f.check(id -> id == 7, errors);
        return errors;
    }

    @Test
    void attendance_within_the_places_is_accepted() {
        var f = form("100", "85");
        var errors = new BeanPropertyBindingResult(f, "form");
        var d = f.check(id -> false, errors);
        assertThat(errors.hasErrors()).isFalse();
        assertThat(d.heldOn()).isEqualTo(LocalDate.of(2023, 12, 12));
        assertThat(d.places()).isEqualTo(100);
        assertThat(d.attended()).isEqualTo(85);
        assertThat(check(form("", "1,400")).hasErrors()).isFalse();
    }

    @Test
    void more_attended_than_places_is_refused() {
        assertThat(check(form("30", "31")).getFieldError("attended").getDefaultMessage())
                .isEqualTo("Number attended must be no more than the places (30)");
    }

    @Test
    void negative_or_non_numeric_numbers_are_refused() {
        assertThat(check(form("", "-1")).getFieldError("attended").getDefaultMessage()).isEqualTo("Number attended must be 0 or more");
        assertThat(check(form("0", "")).getFieldError("places").getDefaultMessage()).isEqualTo("Places must be 1 or more");
        assertThat(check(form("lots", "")).getFieldError("places").getDefaultMessage()).isEqualTo("Places must be a whole number, like 85");
        assertThat(check(form("", "99999999999")).getFieldError("attended").getDefaultMessage()).isEqualTo("Number attended must be a whole number, like 85");
        assertThat(check(form("", "100001")).getFieldError("attended").getDefaultMessage()).isEqualTo("Number attended must be 100,000 or fewer");
    }

    @Test
    void only_an_offered_briefing_may_be_chosen() {
        var f = new LearningEventForm("W", "1", "1", "2024", "WEBINAR", "8", "", "", "", "", null);
        assertThat(check(f).getFieldError("briefingId").getDefaultMessage()).isEqualTo("Select a published briefing from the list, or none");
        var g = new LearningEventForm("W", "1", "1", "2024", "WEBINAR", "7", "", "", "", "", null);
        assertThat(check(g).hasErrors()).isFalse();
    }

    @Test
    void missing_title_date_and_format_are_refused() {
        var f = new LearningEventForm("", "", "", "", "", "", "", "", "", "", null);
        var errors = check(f);
        assertThat(errors.getFieldError("title").getDefaultMessage()).isEqualTo("Enter the event's title");
        assertThat(errors.getFieldError("heldOnDay").getDefaultMessage()).isEqualTo("Enter the date of the event");
        assertThat(errors.getFieldError("format").getDefaultMessage()).isEqualTo("Select the format of the event");
    }
}
