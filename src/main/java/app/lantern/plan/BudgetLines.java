package app.lantern.plan;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.lantern.identity.Access;
import app.lantern.identity.ActivityAction;
import app.lantern.identity.ActivityLog;
import app.lantern.identity.CurrentPerson;
import app.lantern.shared.RecordNotFoundException;
import app.lantern.shared.ReportingYear;
import app.lantern.shared.Rule;

/**
 * A year's lines of other income and of expenditure: added, changed and removed one at a time,
 * each under a heading of its section, never two with the same heading and description.
 */
@Service
@Transactional
class BudgetLines {

    private final BudgetStore store;
    private final Access access;
    private final ActivityLog activityLog;

    BudgetLines(BudgetStore store, Access access, ActivityLog activityLog) {
        this.store = store;
        this.access = access;
        this.activityLog = activityLog;
    }

    long addLine(BudgetSection section, ReportingYear year, Enum<?> heading, String description, long budgetedPence,
            long actualPence, CurrentPerson who) {
        access.require(Rule.RUNS_PARTNERSHIP, "Add " + section.words + " to the " + year.label() + " budget");
        var budget = store.year(year).orElseThrow(RecordNotFoundException::new);
        String clean = cleanDescription(description);
        checkHeading(section, heading);
        BudgetMoney.checkAmounts(budgetedPence, actualPence);
        if (store.lineExists(section, budget.id(), heading, clean, null)) throw duplicateLine(section, heading, clean, year);
        long id = store.insertLine(section, budget.id(), heading, clean, budgetedPence, actualPence);
        activityLog.recordChange(ActivityAction.CREATED, section.recordType, id,
                "Added " + section.words + " '" + clean + "' to the " + year.label() + " budget", null,
                describeLine(section, heading, clean, budgetedPence, actualPence));
        return id;
    }

    void updateLine(BudgetSection section, ReportingYear year, long lineId, long version, Enum<?> heading, String description,
            long budgetedPence, long actualPence, CurrentPerson who) {
        access.require(Rule.RUNS_PARTNERSHIP, "Change " + section.words + " in the " + year.label() + " budget");
        var budget = store.year(year).orElseThrow(RecordNotFoundException::new);
        var before = store.line(section, year, lineId).orElseThrow(RecordNotFoundException::new);
        String clean = cleanDescription(description);
        checkHeading(section, heading);
        BudgetMoney.checkAmounts(budgetedPence, actualPence);
        if (store.lineExists(section, budget.id(), heading, clean, lineId)) throw duplicateLine(section, heading, clean, year);
        if (!store.updateLine(section, budget.id(), lineId, version, heading, clean, budgetedPence, actualPence))
            throw new OptimisticLockingFailureException(section.recordType + " " + lineId + " was changed by someone else");
        activityLog.recordChange(ActivityAction.CHANGED, section.recordType, lineId,
                "Changed " + section.words + " '" + clean + "' in the " + year.label() + " budget",
                describeLine(section, before.heading(), before.description(), before.budgeted(), before.actual()),
                describeLine(section, heading, clean, budgetedPence, actualPence));
    }

    void removeLine(BudgetSection section, ReportingYear year, long lineId, long version, CurrentPerson who) {
        access.require(Rule.RUNS_PARTNERSHIP, "Remove " + section.words + " from the " + year.label() + " budget");
        var budget = store.year(year).orElseThrow(RecordNotFoundException::new);
        var before = store.line(section, year, lineId).orElseThrow(RecordNotFoundException::new);
        if (!store.deleteLine(section, budget.id(), lineId, version))
            throw new OptimisticLockingFailureException(section.recordType + " " + lineId + " was changed by someone else");
        activityLog.recordChange(ActivityAction.CHANGED, section.recordType, lineId,
                "Removed " + section.words + " '" + before.description() + "' from the " + year.label() + " budget",
                describeLine(section, before.heading(), before.description(), before.budgeted(), before.actual()), null);
    }

    private static BudgetService.Duplicate duplicateLine(BudgetSection section, Enum<?> heading, String description, ReportingYear year) {
        return new BudgetService.Duplicate("The " + year.label() + " budget already has " + section.words + " '" + description
                + "' under " + section.label(heading));
    }

    private static void checkHeading(BudgetSection section, Enum<?> heading) {
        if (!section.fits(heading)) throw new IllegalArgumentException("Choose a heading for " + section.words);
    }

    private static String cleanDescription(String description) {
        String clean = description == null ? "" : description.strip();
        if (clean.isEmpty() || clean.length() > 200) throw new IllegalArgumentException("A description of 1 to 200 characters is needed");
        return clean;
    }

    private static String describeLine(BudgetSection section, Enum<?> heading, String description, long budgeted, long actual) {
        return section.headingColumn + "=" + section.label(heading) + "; description=" + description + "; budgeted="
                + BudgetMoney.exact(budgeted) + "; actual=" + BudgetMoney.exact(actual);
    }
}
