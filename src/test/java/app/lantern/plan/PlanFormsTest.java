package app.lantern.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

import app.lantern.plan.PlanForms.ActionForm;
import app.lantern.plan.PlanForms.ApprovalForm;
import app.lantern.plan.PlanForms.PlanForm;
import app.lantern.plan.PlanForms.ProgressForm;

class PlanFormsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void an_action_due_before_today_is_refused_on_the_due_date() {
        var form = new ActionForm("Audit", "", "5", "", "21", "11", "2026");
        var errors = new BeanPropertyBindingResult(form, "form");
        assertThat(form.details(TODAY, Set.of(5L), Set.of(), errors)).isNull();
        assertThat(errors.getFieldError("dueDay").getDefaultMessage()).isEqualTo("Due date must be today or in the future");

        var today = new ActionForm("Audit", "", "5", "", "22", "11", "2026");
        var ok = new BeanPropertyBindingResult(today, "form");
        var details = today.details(TODAY, Set.of(5L), Set.of(), ok);
        assertThat(ok.hasErrors()).isFalse();
        assertThat(details.due()).isEqualTo(TODAY);
        assertThat(details.ownerPersonId()).isNull();
    }

    @Test
    void an_action_needs_an_organisation_from_the_list_and_a_real_date() {
        var form = new ActionForm("Audit", "", "999", "abc", "31", "2", "2027");
        var errors = new BeanPropertyBindingResult(form, "form");
        assertThat(form.details(TODAY, Set.of(5L), Set.of(7L), errors)).isNull();
        assertThat(errors.getFieldError("ownerOrganisationId").getDefaultMessage())
                .isEqualTo("Select the organisation that owns the action from the list");
        assertThat(errors.getFieldError("dueDay").getDefaultMessage()).isEqualTo("Due date must be a real date, like 27 3 2025");

        var missing = new ActionForm("Audit", "", "", "8", "", "", "");
        var more = new BeanPropertyBindingResult(missing, "form");
        missing.details(TODAY, Set.of(5L), Set.of(7L), more);
        assertThat(more.getFieldError("ownerOrganisationId").getDefaultMessage()).isEqualTo("Select the organisation that owns the action");
        assertThat(more.getFieldError("ownerPersonId").getDefaultMessage()).isEqualTo("Select the person who owns the action from the list");
        assertThat(more.getFieldError("dueDay").getDefaultMessage()).isEqualTo("Enter the due date");
    }

    @Test
    void approval_cannot_be_dated_in_the_future() {
        var form = new ApprovalForm("23", "11", "2026", "", "0");
        var errors = new BeanPropertyBindingResult(form, "form");
        assertThat(form.details(TODAY, errors)).isNull();
        assertThat(errors.getFieldError("onDay").getDefaultMessage()).isEqualTo("Date approved must be today or in the past");
    }

    @Test
    void a_plan_needs_a_reporting_year_written_like_one_and_a_number_of_years() {
        var form = new PlanForm("Plan", "2024/2026", "9", "", null);
        var errors = new BeanPropertyBindingResult(form, "form");
        assertThat(form.details(errors)).isNull();
        assertThat(errors.getFieldError("firstYear").getDefaultMessage()).isEqualTo("Enter the first reporting year like 2024-25");
        assertThat(errors.getFieldError("years").getDefaultMessage()).isEqualTo("Select how many years the plan covers");

        var good = new PlanForm("Plan", "2024–25", "3", "", null);
        var none = new BeanPropertyBindingResult(good, "form");
        var details = good.details(none);
        assertThat(details.firstYear().startYear()).isEqualTo(2024);
        assertThat(details.years()).isEqualTo(3);
    }

    @Test
    void achievements_are_one_a_line_without_the_ticks_people_paste() {
        var form = new ProgressForm("", "✓ Briefings for 300 staff\r\n\n  - Procedures published  \n• Audit done\n", "");
        var errors = new BeanPropertyBindingResult(form, "form");
        assertThat(form.details(errors).achievements()).containsExactly("Briefings for 300 staff", "Procedures published", "Audit done");

        var tooLong = new ProgressForm("", "Fine\n" + "x".repeat(301), "");
        var long1 = new BeanPropertyBindingResult(tooLong, "form");
        assertThat(tooLong.details(long1)).isNull();
        assertThat(long1.getFieldError("achievements").getDefaultMessage()).startsWith("Achievement 2 must be 300 characters or less");

        var many = new ProgressForm("", String.join("\n", java.util.Collections.nCopies(31, "Done")), "");
        var manyErrors = new BeanPropertyBindingResult(many, "form");
        assertThat(many.details(manyErrors)).isNull();
        assertThat(manyErrors.getFieldError("achievements").getDefaultMessage()).isEqualTo("List at most 30 achievements, one a line");
        assertThat(PlanInput.achievements(List.of("✔✔", "  "))).isEmpty();
    }
}
