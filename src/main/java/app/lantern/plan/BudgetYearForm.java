package app.lantern.plan;

import org.springframework.validation.Errors;

import app.lantern.shared.ReportingYear;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a person types to start a year's budget or change its status and explanation. */
record BudgetYearForm(
        @NotBlank(message = "Enter the financial year")
        String year,
        String status,
        @Size(max = BudgetYearForm.MAX_EXPLANATION, message = "How the balance was dealt with must be " + BudgetYearForm.MAX_EXPLANATION
                + " characters or less")
        String balanceExplanation,
        String copyPrevious,
        String version) {

    static final int MAX_EXPLANATION = 2000;

    record Checked(ReportingYear year, BudgetStatus status, String balanceExplanation, boolean copyPrevious) {
    }

    static BudgetYearForm blank(ReportingYear suggested) {
        return new BudgetYearForm(suggested.slug(), BudgetStatus.DRAFT.name(), "", "true", null);
    }

    static BudgetYearForm of(BudgetStore.YearRecord y) {
        return new BudgetYearForm(y.year().slug(), y.status().name(),
                y.balanceExplanation() == null ? "" : y.balanceExplanation(), "", String.valueOf(y.version()));
    }

    BudgetYearForm withVersion(long newVersion) {
        return new BudgetYearForm(year, status, balanceExplanation, copyPrevious, String.valueOf(newVersion));
    }

    /** The checkbox posts "true" when ticked and nothing otherwise. */
    public boolean isCopyPrevious() {
        return "true".equals(copyPrevious);
    }

    /** The form's values, or null after putting a GOV.UK error on each wrong field. */
    Checked check(Errors errors) {
        ReportingYear reportingYear = null;
        String typed = year == null ? "" : year.strip();
        if (!typed.isEmpty()) {
            try {
                reportingYear = ReportingYear.parse(typed);
            } catch (IllegalArgumentException e) {
                errors.rejectValue("year", "invalid", "Financial year must be two years next to each other, like 2024-25");
            }
        }
        BudgetStatus chosen = null;
        try {
            chosen = status == null || status.isBlank() ? null : BudgetStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            chosen = null;
        }
        if (chosen == null) errors.rejectValue("status", "required", "Select whether the partners have agreed the budget");
        if (errors.hasErrors()) return null;
        return new Checked(reportingYear, chosen, balanceExplanation == null ? "" : balanceExplanation.strip(), isCopyPrevious());
    }
}
