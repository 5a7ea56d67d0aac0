package app.lantern.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

import app.lantern.support.FormValidation;

/** What the business unit types about a notification: dates in order, one of date of birth or age, GOV.UK messages. */
class NotificationFormTest {

    static final LocalDate TODAY = LocalDate.of(2024, 5, 20);
    static final Set<Long> AGENCIES = Set.of(1L, 2L);

    static NotificationForm form(String[] dob, String age, String[] incident, String[] aware, String[] notified) {
        return new NotificationForm("EM-24-001", "j.s.", dob[0], dob[1], dob[2], age, "FEMALE", "NOT_KNOWN",
                incident[0], incident[1], incident[2], aware[0], aware[1], aware[2], "DIED", "SUSPECTED", "NO",
                List.of("1", "2"), notified[0], notified[1], notified[2], "  What happened  ", "0");
    }

    static String[] date(String d, String m, String y) {
        return new String[]{d, m, y};
    }

    static final String[] NONE = {"", "", ""};

    static BeanPropertyBindingResult errors(Object form) {
        return new BeanPropertyBindingResult(form, "form");
    }

    @Test
    void a_complete_form_gives_the_details() {
        var f = form(NONE, "4", date("1", "5", "2024"), date("2", "5", "2024"), date("8", "5", "2024"));
        var errors = errors(f);
        var d = f.details(TODAY, AGENCIES, errors);
        assertThat(errors.getAllErrors()).isEmpty();
        assertThat(d.childInitials()).isEqualTo("JS");
        assertThat(d.ageYears()).isEqualTo(4);
        assertThat(d.dateOfBirth()).isNull();
        assertThat(d.incidentDate()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(d.notifiedDate()).isEqualTo(LocalDate.of(2024, 5, 8));
        assertThat(d.agencyIds()).containsExactly(1L, 2L);
        assertThat(d.summary()).isEqualTo("What happened");
    }

    @Test
    void becoming_aware_before_the_incident_is_an_error_on_the_aware_date() {
        var f = form(NONE, "4", date("10", "5", "2024"), date("9", "5", "2024"), NONE);
        var errors = errors(f);
        assertThat(f.details(TODAY, AGENCIES, errors)).isNull();
        assertThat(errors.getFieldError("awareDay").getDefaultMessage())
                .isEqualTo("Date the local authority became aware must be the same as or after the date of the incident");
    }

    @Test
    void notifying_the_panel_before_becoming_aware_is_an_error_on_the_notified_date() {
        var f = form(NONE, "4", date("1", "5", "2024"), date("9", "5", "2024"), date("8", "5", "2024"));
        var errors = errors(f);
        assertThat(f.details(TODAY, AGENCIES, errors)).isNull();
        assertThat(errors.getFieldError("notifiedDay").getDefaultMessage()).contains("must be the same as or after the date the local authority became aware");
    }

    @Test
    void an_incident_in_the_future_is_an_error() {
        var f = form(NONE, "4", date("21", "5", "2024"), date("21", "5", "2024"), NONE);
        var errors = errors(f);
        assertThat(f.details(TODAY, AGENCIES, errors)).isNull();
        assertThat(errors.getFieldError("incidentDay").getDefaultMessage()).isEqualTo("Date of the incident must be today or in the past");
    }

    @Test
    void an_impossible_date_gets_the_GOV_UK_message() {
        var f = form(NONE, "4", date("31", "2", "2024"), date("2", "5", "2024"), NONE);
        var errors = errors(f);
        assertThat(f.details(TODAY, AGENCIES, errors)).isNull();
        assertThat(errors.getFieldError("incidentDay").getDefaultMessage()).isEqualTo("Date of the incident must be a real date, like 27 3 2025");
    }

    @Test
    void either_the_date_of_birth_or_the_age_is_needed_but_not_both() {
        var neither = form(NONE, "", date("1", "5", "2024"), date("2", "5", "2024"), NONE);
        var e1 = errors(neither);
        neither.details(TODAY, AGENCIES, e1);
        assertThat(e1.getFieldError("dateOfBirthDay").getDefaultMessage()).isEqualTo("Enter the child’s date of birth or their age in years");

        var both = form(date("3", "4", "2020"), "4", date("1", "5", "2024"), date("2", "5", "2024"), NONE);
        var e2 = errors(both);
        both.details(TODAY, AGENCIES, e2);
        assertThat(e2.getFieldError("ageYears").getDefaultMessage()).isEqualTo("Enter either the date of birth or the age, not both");

        var adult = form(NONE, "18", date("1", "5", "2024"), date("2", "5", "2024"), NONE);
        assertThat(FormValidation.bound(adult).getFieldError("ageYears").getDefaultMessage())
                .isEqualTo("Age must be a whole number of years from 0 to 17");
        for (String age : new String[]{"0", "9", "17", "017", " 4 "}) {
            assertThat(FormValidation.bound(form(NONE, age, NONE, NONE, NONE)).hasFieldErrors("ageYears")).as(age).isFalse();
        }
        for (String age : new String[]{"-1", "0017", "four", "4.5"}) {
            assertThat(FormValidation.bound(form(NONE, age, NONE, NONE, NONE)).hasFieldErrors("ageYears")).as(age).isTrue();
        }
    }

    @Test
    void missing_choices_over_long_text_and_unknown_agencies_are_errors() {
        var f = new NotificationForm("", "", "", "", "", "2", "", "", "1", "5", "2024", "2", "5", "2024", "", "", "",
                List.of("99"), "", "", "", "x".repeat(4001), "0");
        var errors = FormValidation.bound(f);
        assertThat(f.details(TODAY, AGENCIES, errors)).isNull();
        assertThat(errors.getFieldErrors()).extracting(e -> e.getField()).contains("childReference", "childInitials", "sex", "ethnicity",
                "harm", "abuse", "lookedAfter", "agencies", "summary");
    }
}
