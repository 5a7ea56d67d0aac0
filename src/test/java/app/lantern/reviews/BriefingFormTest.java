package app.lantern.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

import app.lantern.support.FormValidation;

class BriefingFormTest {

    static final String OK = "Some words.";

    /** Lantern holds one case review, CR-2023-12, with id 12. */
    static final BriefingForm.SubjectLookup LOOKUP = (kind, reference) -> kind == BriefingSubject.CASE_REVIEW
            && reference.equals("CR-2023-12") ? java.util.Optional.of(12L) : java.util.Optional.empty();

    static BriefingForm form(String title, String kind, String subjectId, String subjectTitle, String section) {
        return new BriefingForm(title, kind, subjectId, subjectTitle, section, OK, OK, OK, OK, OK, "0");
    }

    static BeanPropertyBindingResult errorsOf(BriefingForm f) {
        var errors = FormValidation.bound(f);
        f.check(errors, LOOKUP);
        return errors;
    }

    @Test
    void a_complete_briefing_is_accepted_with_its_text_tidied() {
        var f = form("  Harbour:   seeing the child ", "CASE_REVIEW", " cr-2023-12 ", "Harbour", "Line one.  \r\n- a bullet\r\n");
        var errors = new BeanPropertyBindingResult(f, "form");
        var d = f.check(errors, LOOKUP);
        assertThat(errors.hasErrors()).isFalse();
        assertThat(d.title()).isEqualTo("Harbour: seeing the child");
        assertThat(d.subjectKind()).isEqualTo(BriefingSubject.CASE_REVIEW);
        assertThat(d.subjectId()).isEqualTo(12L);
        assertThat(d.background()).isEqualTo("Line one.\n- a bullet");
    }

    @Test
    void a_section_at_the_limit_is_accepted_and_one_character_more_is_refused() {
        String atLimit = "a".repeat(BriefingText.MAX_SECTION);
        assertThat(errorsOf(form("T", "AUDIT", "", "Audit", atLimit)).hasErrors()).isFalse();
        var errors = errorsOf(form("T", "AUDIT", "", "Audit", atLimit + "b"));
        assertThat(errors.getFieldError("background").getDefaultMessage())
                .isEqualTo("Background must be 600 characters or less, so the briefing fits on one printed page (it has 601)");
    }

    @Test
    void windows_line_breaks_count_as_one_character() {
        String text = ("a".repeat(98) + "\r\n").repeat(6).strip(); // 6 lines of 98 + 5 breaks = 593 once normalised
        assertThat(errorsOf(form("T", "AUDIT", "", "Audit", text)).hasErrors()).isFalse();
    }

    @Test
    void too_many_lines_are_refused_even_when_short() {
        String nine = "- a\n".repeat(BriefingText.MAX_SECTION_LINES + 1);
        var errors = errorsOf(form("T", "AUDIT", "", "Audit", nine));
        assertThat(errors.getFieldError("background").getDefaultMessage()).startsWith("Background must have 8 lines or fewer");
        assertThat(errorsOf(form("T", "AUDIT", "", "Audit", "- a\n".repeat(8))).hasErrors()).isFalse();
    }

    @Test
    void a_review_reference_must_name_a_review_of_that_kind_in_lantern() {
        assertThat(errorsOf(form("T", "CASE_REVIEW", "CR-2099-01", "Audit", OK)).getFieldError("subjectId").getDefaultMessage())
                .isEqualTo("There is no case review with the reference CR-2099-01 in Lantern: copy it from the review’s page, or leave it empty");
        assertThat(errorsOf(form("T", "RAPID_REVIEW", "CR-2023-12", "Audit", OK)).getFieldError("subjectId").getDefaultMessage())
                .startsWith("There is no rapid review with the reference CR-2023-12");
        assertThat(errorsOf(form("T", "AUDIT", "CR-2023-12", "Audit", OK)).getFieldError("subjectId").getDefaultMessage())
                .startsWith("Only a case review or a rapid review has a reference in Lantern");
        assertThat(errorsOf(form("T", "AUDIT", "", "Audit", OK)).hasErrors()).isFalse();
    }

    @Test
    void every_missing_or_wrong_field_gets_its_own_message() {
        var f = new BriefingForm(" ", "NOT_A_KIND", "12a", "", "", "", " ", "", "", "", "0");
        var errors = errorsOf(f);
        assertThat(errors.getFieldError("title").getDefaultMessage()).isEqualTo("Enter a title");
        assertThat(errors.getFieldError("subjectKind").getDefaultMessage()).isEqualTo("Select what the briefing is about");
        assertThat(errors.getFieldError("subjectTitle").getDefaultMessage()).isEqualTo("Enter the name of the review or audit");
        assertThat(errors.getFieldError("background").getDefaultMessage()).isEqualTo("Enter background");
        assertThat(errors.getFieldError("keyInformation").getDefaultMessage()).isEqualTo("Enter key information");
        assertThat(errors.getFieldError("questions").getDefaultMessage()).isEqualTo("Enter questions to reflect on");
    }

    @Test
    void a_title_over_the_limit_is_refused() {
        var errors = errorsOf(form("t".repeat(BriefingText.MAX_TITLE + 1), "OTHER", "", "x", OK));
        assertThat(errors.getFieldError("title").getDefaultMessage()).isEqualTo("Title must be 120 characters or less");
    }
}
