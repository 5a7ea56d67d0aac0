package app.lantern.plan;

import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.lantern.identity.Access;
import app.lantern.identity.ActivityAction;
import app.lantern.identity.ActivityLog;
import app.lantern.identity.CurrentPerson;
import app.lantern.identity.OrganisationDirectory;
import app.lantern.shared.RecordNotFoundException;
import app.lantern.shared.ReportingYear;
import app.lantern.shared.Rule;

/**
 * The partnership's budget, one per financial year: starting and changing a year, and each
 * partner's contribution to it. Lines of other income and expenditure are {@link BudgetLines}'
 * job; demo data adds them through here. Only the business unit and administrators change a
 * budget ({@link Rule#RUNS_PARTNERSHIP}), checked here as well as on the pages.
 */
@Service
@Transactional
public class BudgetService {

    /** The year already has a budget, or the line repeats one already in it. */
    public static final class Duplicate extends RuntimeException {
        Duplicate(String message) {
            super(message);
        }
    }

    private final BudgetStore store;
    private final BudgetLines lines;
    private final Access access;
    private final ActivityLog activityLog;
    private final OrganisationDirectory organisations;

    BudgetService(BudgetStore store, BudgetLines lines, Access access, ActivityLog activityLog, OrganisationDirectory organisations) {
        this.store = store;
        this.lines = lines;
        this.access = access;
        this.activityLog = activityLog;
        this.organisations = organisations;
    }

    // ---- years --------------------------------------------------------------------------------

    /**
     * Starts a year's budget; with {@code copyFrom}, with that year's lines at their agreed and
     * budgeted amounts and nothing yet received or spent.
     */
    public long createYear(ReportingYear year, BudgetStatus status, String balanceExplanation, ReportingYear copyFrom,
            CurrentPerson who) {
        access.require(Rule.RUNS_PARTNERSHIP, "Add the " + year.label() + " budget");
        if (store.year(year).isPresent()) throw new Duplicate("There is already a budget for " + year.label());
        long id = store.insertYear(year, status, blankToNull(balanceExplanation));
        var copied = copyFrom == null ? Optional.<BudgetStore.YearRecord>empty() : store.year(copyFrom);
        copied.ifPresent(from -> store.copyLines(from.id(), id));
        activityLog.recordChange(ActivityAction.CREATED, "Budget", id, "Added the " + year.label() + " budget"
                + copied.map(f -> ", starting from " + f.year().label() + "'s lines").orElse(""), null,
                store.year(year).orElseThrow().describe());
        return id;
    }

    /** Changes a year's status, its explanation of the balance, or the year itself (a mistyped year). */
    public void updateYear(ReportingYear year, long version, ReportingYear newYear, BudgetStatus status,
            String balanceExplanation, CurrentPerson who) {
        access.require(Rule.RUNS_PARTNERSHIP, "Change the " + year.label() + " budget");
        var before = store.year(year).orElseThrow(RecordNotFoundException::new);
        if (!newYear.equals(year) && store.year(newYear).isPresent()) {
            throw new Duplicate("There is already a budget for " + newYear.label());
        }
        if (!store.updateYear(before.id(), version, newYear, status, blankToNull(balanceExplanation)))
            throw new OptimisticLockingFailureException("Budget " + before.id() + " was changed by someone else");
        activityLog.recordChange(ActivityAction.CHANGED, "Budget", before.id(), "Changed the " + newYear.label() + " budget",
                before.describe(), store.year(newYear).orElseThrow().describe());
    }

    // ---- contributions ------------------------------------------------------------------------

    public long addContribution(ReportingYear year, long organisationId, long agreedPence, long receivedPence,
            CurrentPerson who) {
        access.require(Rule.RUNS_PARTNERSHIP, "Add a contribution to the " + year.label() + " budget");
        var budget = store.year(year).orElseThrow(RecordNotFoundException::new);
        String organisation = organisationName(organisationId);
        BudgetMoney.checkAmounts(agreedPence, receivedPence);
        if (store.hasContribution(budget.id(), organisationId, null)) {
            throw new Duplicate(organisation + " already has a contribution in " + year.label());
        }
        long id = store.insertContribution(budget.id(), organisationId, agreedPence, receivedPence);
        activityLog.recordChange(ActivityAction.CREATED, "Budget contribution", id,
                "Added " + organisation + "'s contribution to the " + year.label() + " budget", null,
                describeContribution(organisation, agreedPence, receivedPence));
        return id;
    }

    public void updateContribution(ReportingYear year, long lineId, long version, long organisationId, long agreedPence,
            long receivedPence, CurrentPerson who) {
        access.require(Rule.RUNS_PARTNERSHIP, "Change a contribution to the " + year.label() + " budget");
        var budget = store.year(year).orElseThrow(RecordNotFoundException::new);
        var before = store.contribution(year, lineId).orElseThrow(RecordNotFoundException::new);
        String organisation = organisationName(organisationId);
        BudgetMoney.checkAmounts(agreedPence, receivedPence);
        if (store.hasContribution(budget.id(), organisationId, lineId)) {
            throw new Duplicate(organisation + " already has a contribution in " + year.label());
        }
        if (!store.updateContribution(budget.id(), lineId, version, organisationId, agreedPence, receivedPence))
            throw new OptimisticLockingFailureException("Contribution " + lineId + " was changed by someone else");
        activityLog.recordChange(ActivityAction.CHANGED, "Budget contribution", lineId,
                "Changed " + organisation + "'s contribution to the " + year.label() + " budget",
                describeContribution(before.organisation(), before.agreed(), before.received()),
                describeContribution(organisation, agreedPence, receivedPence));
    }

    public void removeContribution(ReportingYear year, long lineId, long version, CurrentPerson who) {
        access.require(Rule.RUNS_PARTNERSHIP, "Remove a contribution from the " + year.label() + " budget");
        var budget = store.year(year).orElseThrow(RecordNotFoundException::new);
        var before = store.contribution(year, lineId).orElseThrow(RecordNotFoundException::new);
        if (!store.deleteContribution(budget.id(), lineId, version))
            throw new OptimisticLockingFailureException("Contribution " + lineId + " was changed by someone else");
        activityLog.recordChange(ActivityAction.CHANGED, "Budget contribution", lineId,
                "Removed " + before.organisation() + "'s contribution from the " + year.label() + " budget",
                describeContribution(before.organisation(), before.agreed(), before.received()), null);
    }

    private String organisationName(long organisationId) {
        return organisations.nameOf(organisationId)
                .orElseThrow(() -> new IllegalArgumentException("Select an organisation from the list"));
    }

    private static String describeContribution(String organisation, long agreed, long received) {
        return "organisation=" + organisation + "; agreed=" + BudgetMoney.exact(agreed) + "; received=" + BudgetMoney.exact(received);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // Demo data adds other income and expenditure through these, as the business unit would through the pages.

    public long addIncome(ReportingYear year, BudgetIncomeKind kind, String description, long budgetedPence,
            long actualPence, CurrentPerson who) {
        return lines.addLine(BudgetSection.INCOME, year, kind, description, budgetedPence, actualPence, who);
    }

    public long addExpenditure(ReportingYear year, BudgetCategory category, String description, long budgetedPence,
            long actualPence, CurrentPerson who) {
        return lines.addLine(BudgetSection.EXPENDITURE, year, category, description, budgetedPence, actualPence, who);
    }
}
