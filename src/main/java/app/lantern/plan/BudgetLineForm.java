package app.lantern.plan;

import org.springframework.validation.Errors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a person types to add or change a line of other income or of expenditure. */
record BudgetLineForm(
        String heading,
        @NotBlank(message = "Enter a description")
        @Size(max = BudgetLineForm.MAX_DESCRIPTION, message = "Description must be " + BudgetLineForm.MAX_DESCRIPTION + " characters or less")
        String description,
        String budgeted,
        String actual,
        String version) {

    static final int MAX_DESCRIPTION = 200;

    record Checked(Enum<?> heading, String description, long budgetedPence, long actualPence) {
    }

    static BudgetLineForm blank() {
        return new BudgetLineForm("", "", "", "", null);
    }

    static BudgetLineForm of(BudgetSheet.Line l) {
        return new BudgetLineForm(l.heading().name(), l.description(), BudgetMoney.forInput(l.budgeted()),
                BudgetMoney.forInput(l.actual()), String.valueOf(l.version()));
    }

    BudgetLineForm withVersion(long newVersion) {
        return new BudgetLineForm(heading, description, budgeted, actual, String.valueOf(newVersion));
    }

    /** The form's values, or null after putting a GOV.UK error on each wrong field. */
    Checked check(BudgetSection section, Errors errors) {
        Enum<?> chosen = null;
        try {
            chosen = heading == null || heading.isBlank() ? null : section.heading(heading);
        } catch (IllegalArgumentException e) {
            chosen = null;
        }
        if (chosen == null) {
            errors.rejectValue("heading", "required", section == BudgetSection.INCOME
                    ? "Select the kind of income" : "Select the category");
        }
        String text = description == null ? "" : description.strip();
        boolean income = section == BudgetSection.INCOME;
        Long budgetedPence = BudgetMoney.read(budgeted, "budgeted", income ? "amount expected" : "amount budgeted", true, errors);
        Long actualPence = BudgetMoney.read(actual, "actual", income ? "amount received" : "amount spent", false, errors);
        if (errors.hasErrors()) return null;
        return new Checked(chosen, text, budgetedPence, actualPence);
    }
}
