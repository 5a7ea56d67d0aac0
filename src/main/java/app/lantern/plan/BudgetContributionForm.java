package app.lantern.plan;

import java.util.Map;

import org.springframework.validation.Errors;

import app.lantern.shared.FormValues;

import jakarta.validation.constraints.NotBlank;

/** What a person types to add or change an organisation's contribution. */
record BudgetContributionForm(
        @NotBlank(message = "Select the organisation")
        String organisationId,
        String agreed,
        String received,
        String version) {

    record Checked(long organisationId, long agreedPence, long receivedPence) {
    }

    static BudgetContributionForm blank() {
        return new BudgetContributionForm("", "", "", null);
    }

    static BudgetContributionForm of(BudgetSheet.Contribution c) {
        return new BudgetContributionForm(String.valueOf(c.organisationId()), BudgetMoney.forInput(c.agreed()),
                BudgetMoney.forInput(c.received()), String.valueOf(c.version()));
    }

    BudgetContributionForm withVersion(long newVersion) {
        return new BudgetContributionForm(organisationId, agreed, received, String.valueOf(newVersion));
    }

    /**
     * @param known the organisations that may be chosen, by id
     * @return the form's values, or null after putting a GOV.UK error on each wrong field
     */
    Checked check(Map<Long, String> known, Errors errors) {
        Long organisation = FormValues.wholeNumber(organisationId);
        if (!errors.hasFieldErrors("organisationId") && (organisation == null || !known.containsKey(organisation))) {
            errors.rejectValue("organisationId", "invalid", "Select an organisation from the list");
        }
        Long agreedPence = BudgetMoney.read(agreed, "agreed", "agreed amount", true, errors);
        Long receivedPence = BudgetMoney.read(received, "received", "amount received", false, errors);
        if (errors.hasErrors()) return null;
        return new Checked(organisation, agreedPence, receivedPence);
    }
}
