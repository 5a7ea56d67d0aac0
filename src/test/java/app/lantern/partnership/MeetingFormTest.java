package app.lantern.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

import jakarta.validation.Validation;

class MeetingFormTest {

    static MeetingForm form(String day, String month, String year, String starts, String ends) {
        return new MeetingForm(day, month, year, starts, ends, "Town Hall", "Welcome\n\n  Minutes  \nAOB", "", "Agreed", "", null);
    }

    static BeanPropertyBindingResult errorsFor(Object form) {
        return new BeanPropertyBindingResult(form, "form");
    }

    @Test
    void a_valid_meeting_gives_its_details_with_one_agenda_item_per_non_blank_line() {
        var form = form("8", "7", "2025", "10:00", "12:30");
        var errors = errorsFor(form);

        var details = form.details(errors);

        assertThat(errors.hasErrors()).isFalse();
        assertThat(details.date()).isEqualTo(LocalDate.of(2025, 7, 8));
        assertThat(details.startsAt()).isEqualTo(LocalTime.of(10, 0));
        assertThat(details.agenda()).containsExactly("Welcome", "Minutes", "AOB");
        assertThat(details.decisions()).containsExactly("Agreed");
    }

    @Test
    void an_impossible_date_is_an_error_on_the_day_field() {
        var form = form("31", "2", "2025", "10:00", "12:00");
        var errors = errorsFor(form);

        assertThat(form.details(errors)).isNull();
        assertThat(errors.getFieldError("dateDay").getDefaultMessage()).isEqualTo("Date of the meeting must be a real date, like 27 3 2025");
    }

    @Test
    void a_missing_date_part_says_which_part() {
        var errors = errorsFor(form("8", "", "2025", "10:00", "12:00"));
        form("8", "", "2025", "10:00", "12:00").details(errors);
        assertThat(errors.getFieldError("dateDay").getDefaultMessage()).isEqualTo("Date of the meeting must include a month");
    }

    @Test
    void a_blank_date_asks_for_the_date() {
        var errors = errorsFor(form("", "", "", "10:00", "12:00"));
        form("", "", "", "10:00", "12:00").details(errors);
        assertThat(errors.getFieldError("dateDay").getDefaultMessage()).isEqualTo("Enter the date of the meeting");
    }

    @Test
    void ending_before_it_starts_is_an_error_on_the_end_time() {
        var form = form("8", "7", "2025", "14:00", "13:30");
        var errors = errorsFor(form);

        assertThat(form.details(errors)).isNull();
        assertThat(errors.getFieldError("endsAt").getDefaultMessage()).isEqualTo("End time must be after the start time");
    }

    @Test
    void a_time_not_on_the_24_hour_clock_is_an_error() {
        var form = form("8", "7", "2025", "25:00", "2pm");
        var errors = errorsFor(form);

        form.details(errors);
        assertThat(errors.getFieldError("startsAt").getDefaultMessage()).contains("24-hour clock");
        assertThat(errors.getFieldError("endsAt").getDefaultMessage()).contains("24-hour clock");
    }

    @Test
    void over_long_location_fails_bean_validation() {
        var form = new MeetingForm("8", "7", "2025", "10:00", "12:00", "x".repeat(301), "", "", "", "", null);
        try (var factory = Validation.buildDefaultValidatorFactory()) {
            var violations = factory.getValidator().validate(form);
            assertThat(violations).extracting(v -> v.getMessage()).containsExactly("Location must be 300 characters or less");
        }
    }

    @Test
    void committee_end_date_before_start_is_an_error_on_the_end_date() {
        var form = new CommitteeForm("Panel", "PANEL", "Purpose", "", "", "1", "4", "2025", "31", "3", "2025", null);
        var errors = errorsFor(form);

        assertThat(form.details(errors)).isNull();
        assertThat(errors.getFieldError("endDay").getDefaultMessage()).isEqualTo("End date must be the same as or after the start date");
    }

    @Test
    void lines_ignore_blank_lines_and_windows_line_endings() {
        assertThat(MeetingForm.lines("One\r\n\r\nTwo\rThree\n")).isEqualTo(List.of("One", "Two", "Three"));
    }
}
