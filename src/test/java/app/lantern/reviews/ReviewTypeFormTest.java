package app.lantern.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import app.lantern.support.FormValidation;

/** A review type as typed: one GOV.UK message per field, and months to publication a whole number from 1 to 36. */
class ReviewTypeFormTest {

    static String monthsError(String months) {
        var errors = FormValidation.bound(new ReviewTypeForm("Local review", "yes", months, "0"));
        return errors.hasFieldErrors("publicationMonths") ? errors.getFieldError("publicationMonths").getDefaultMessage() : null;
    }

    @Test
    void months_from_1_to_36_are_accepted_and_read() {
        for (String ok : new String[]{"1", " 6 ", "36", "036"}) assertThat(monthsError(ok)).as(ok).isNull();
        var form = new ReviewTypeForm(" Local review ", "no", "036", "0");
        var checked = form.checked(FormValidation.bound(form));
        assertThat(checked).isEqualTo(new ReviewTypeForm.Checked("Local review", false, 36));
    }

    @Test
    void months_outside_1_to_36_or_not_a_number_get_one_message() {
        for (String wrong : new String[]{"0", "37", "100", "0036", "six", "-1", "1.5"}) {
            var errors = FormValidation.bound(new ReviewTypeForm("Local review", "yes", wrong, "0"));
            assertThat(errors.getFieldErrors("publicationMonths")).as(wrong).hasSize(1);
            assertThat(monthsError(wrong)).as(wrong).isEqualTo("Months to publication must be a whole number from 1 to 36");
        }
    }

    @Test
    void missing_fields_get_only_the_enter_or_select_message() {
        var errors = FormValidation.bound(new ReviewTypeForm(" ", null, "", "0"));
        assertThat(errors.getFieldErrors("name")).hasSize(1);
        assertThat(errors.getFieldError("name").getDefaultMessage()).isEqualTo("Enter the name of the review type");
        assertThat(errors.getFieldErrors("statutory")).hasSize(1);
        assertThat(errors.getFieldError("statutory").getDefaultMessage()).isEqualTo("Select whether the law requires this kind of review");
        assertThat(errors.getFieldErrors("publicationMonths")).hasSize(1);
        assertThat(errors.getFieldError("publicationMonths").getDefaultMessage())
                .isEqualTo("Enter how many months after the decision publication is due");
        assertThat(new ReviewTypeForm(" ", null, "", "0").checked(errors)).isNull();
    }

    @Test
    void a_name_over_120_characters_is_refused() {
        var errors = FormValidation.bound(new ReviewTypeForm("n".repeat(121), "yes", "6", "0"));
        assertThat(errors.getFieldError("name").getDefaultMessage()).isEqualTo("Name must be 120 characters or less");
    }
}
