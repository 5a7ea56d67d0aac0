package app.lantern.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import app.lantern.identity.ActivityAction;
import app.lantern.identity.ActivityLog;
import app.lantern.identity.CurrentPerson;
import app.lantern.identity.OrganisationDirectory;
import app.lantern.shared.ReportingYear;

/**
 * The partnership's budget, one per financial year: one method per thing a person does, and the
 * read-only {@link #factsFor} for the yearly report. Everyone signed in may read a budget; only the
 * business unit and administrators change one, and that is checked here as well as on the pages.
 * <p>
 * Plain SQL: a budget's lines are edited one at a time, each with its own version, so two people
 * recording different lines never get in each other's way.
 */
@Service
@Transactional(readOnly = true)
public class BudgetService {

    /** The year already has a budget, or the line repeats one already in it. */
    public static final class Duplicate extends RuntimeException {
        Duplicate(String message) {
            super(message);
        }
    }

    /** Other income and expenditure lines are alike: a heading, a description and two amounts. */
    enum Section {
        INCOME("budget_income", "kind", "other income", "Other income line"),
        EXPENDITURE("budget_expenditure", "category", "expenditure", "Expenditure line");

        final String table;
        final String headingColumn;
        final String words;
        final String recordType;

        Section(String table, String headingColumn, String words, String recordType) {
            this.table = table;
            this.headingColumn = headingColumn;
            this.words = words;
            this.recordType = recordType;
        }

        /** "income" or "expenditure" as in the pages' addresses; empty for anything else. */
        static Optional<Section> fromPath(String path) {
            if ("income".equals(path)) return Optional.of(INCOME);
            if ("expenditure".equals(path)) return Optional.of(EXPENDITURE);
            return Optional.empty();
        }

        String path() {
            return name().toLowerCase(Locale.ROOT);
        }

        Enum<?> heading(String name) {
            return this == INCOME ? BudgetIncomeKind.valueOf(name) : BudgetCategory.valueOf(name);
        }

        String label(Enum<?> heading) {
            return ((app.lantern.shared.Labelled) heading).label();
        }
    }

    /** A year's own row. */
    record YearRecord(long id, int startYear, BudgetStatus status, String balanceExplanation, long version) {

        public ReportingYear year() {
            return new ReportingYear(startYear);
        }

        String describe() {
            return "year=" + year().label() + "; status=" + status + "; balanceExplanation=" + balanceExplanation;
        }
    }

    /** A year in the list of budgets, with its totals. */
    record YearSummary(ReportingYear year, BudgetStatus status, boolean inProgress, long incomeBudgeted,
            long incomeActual, long expenditureBudgeted, long expenditureActual) {

        public long balanceActual() {
            return incomeActual - expenditureActual;
        }
    }

    private final JdbcClient jdbc;
    private final ActivityLog activityLog;
    private final OrganisationDirectory organisations;
    private final Clock clock;

    BudgetService(JdbcClient jdbc, ActivityLog activityLog, OrganisationDirectory organisations, Clock clock) {
        this.jdbc = jdbc;
        this.activityLog = activityLog;
        this.organisations = organisations;
        this.clock = clock;
    }

    // ---- access -------------------------------------------------------------------------------

    /** Setting and recording the budget is the business unit's job (and administrators'). */
    public boolean mayManage(CurrentPerson who) {
        return who != null && who.runsPartnership();
    }

    public void checkMayManage(CurrentPerson who) {
        if (!mayManage(who)) throw new AccessDeniedException("Only the business unit may change the budget");
    }

    // ---- reading ------------------------------------------------------------------------------

    /**
     * The money in a financial year, for the yearly report: total income and expenditure, the
     * surplus or deficit and how it was covered, each partner's contribution and share, and
     * spending per category. A year without a budget gives {@link BudgetFacts#recorded()} false.
     */
    public BudgetFacts factsFor(ReportingYear year) {
        return sheet(year).map(BudgetSheet::facts).orElseGet(() -> BudgetFacts.none(year));
    }

    /** Every year with a budget, latest first, with its totals. */
    List<YearSummary> years() {
        return jdbc.sql("""
                SELECT b.start_year, b.status,
                       COALESCE((SELECT sum(agreed_pence) FROM budget_contribution c WHERE c.budget_id = b.id), 0)
                     + COALESCE((SELECT sum(budgeted_pence) FROM budget_income i WHERE i.budget_id = b.id), 0) AS income_budgeted,
                       COALESCE((SELECT sum(received_pence) FROM budget_contribution c WHERE c.budget_id = b.id), 0)
                     + COALESCE((SELECT sum(actual_pence) FROM budget_income i WHERE i.budget_id = b.id), 0) AS income_actual,
                       COALESCE((SELECT sum(budgeted_pence) FROM budget_expenditure e WHERE e.budget_id = b.id), 0) AS expenditure_budgeted,
                       COALESCE((SELECT sum(actual_pence) FROM budget_expenditure e WHERE e.budget_id = b.id), 0) AS expenditure_actual
                FROM budget b
                ORDER BY b.start_year DESC""")
                .query((rs, i) -> {
                    var year = new ReportingYear(rs.getInt(1));
                    return new YearSummary(year, BudgetStatus.valueOf(rs.getString(2)), inProgress(year), rs.getLong(3),
                            rs.getLong(4), rs.getLong(5), rs.getLong(6));
                })
                .list();
    }

    Optional<YearRecord> year(ReportingYear year) {
        return jdbc.sql("SELECT id, start_year, status, balance_explanation, version FROM budget WHERE start_year = ?")
                .param(year.startYear()).query(YearRecord.class).optional();
    }

    /** A year's budget with every line, or empty when the year has none. */
    Optional<BudgetSheet> sheet(ReportingYear year) {
        return year(year).map(this::sheet);
    }

    private BudgetSheet sheet(YearRecord y) {
        var rows = jdbc.sql("""
                SELECT id, organisation_id, agreed_pence, received_pence, version
                FROM budget_contribution WHERE budget_id = ? ORDER BY id""")
                .param(y.id())
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)})
                .list();
        var names = organisations.namesOf(rows.stream().map(r -> r[1]).toList());
        var contributions = rows.stream().map(r -> new BudgetSheet.Contribution(r[0], r[1],
                names.getOrDefault(r[1], "Organisation " + r[1]), r[2], r[3], r[4], null, null)).toList();
        return BudgetSheet.of(y.id(), y.year(), y.status(), y.balanceExplanation(), y.version(), inProgress(y.year()),
                contributions, lines(Section.INCOME, y.id()), lines(Section.EXPENDITURE, y.id()));
    }

    /** A section's lines in the headings' order, then by description. */
    private List<BudgetSheet.Line> lines(Section section, long budgetId) {
        return jdbc.sql("SELECT id, " + section.headingColumn + ", description, budgeted_pence, actual_pence, version FROM "
                        + section.table + " WHERE budget_id = ?")
                .param(budgetId)
                .query((rs, i) -> {
                    Enum<?> heading = section.heading(rs.getString(2));
                    return new BudgetSheet.Line(rs.getLong(1), heading, section.label(heading), rs.getString(3), rs.getLong(4),
                            rs.getLong(5), rs.getLong(6));
                })
                .list().stream()
                .sorted(java.util.Comparator.comparingInt((BudgetSheet.Line l) -> l.heading().ordinal())
                        .thenComparing(l -> l.description().toLowerCase(Locale.UK)))
                .toList();
    }

    Optional<BudgetSheet.Contribution> contribution(ReportingYear year, long lineId) {
        return sheet(year).flatMap(s -> s.contributions().stream().filter(c -> c.id() == lineId).findFirst());
    }

    Optional<BudgetSheet.Line> line(Section section, ReportingYear year, long lineId) {
        return sheet(year).flatMap(s -> (section == Section.INCOME ? s.income() : s.expenditure()).stream()
                .filter(l -> l.id() == lineId).findFirst());
    }

    /** The latest year before this one that has a budget, to start a new year from. */
    Optional<ReportingYear> latestBefore(ReportingYear year) {
        return jdbc.sql("SELECT start_year FROM budget WHERE start_year < ? ORDER BY start_year DESC LIMIT 1")
                .param(year.startYear()).query(Integer.class).optional().map(ReportingYear::new);
    }

    private boolean inProgress(ReportingYear year) {
        return year.contains(LocalDate.now(clock));
    }

    // ---- years --------------------------------------------------------------------------------

    /**
     * Starts a year's budget; with {@code copyFrom}, with that year's lines at their agreed and
     * budgeted amounts and nothing yet received or spent.
     */
    @Transactional
    public long createYear(ReportingYear year, BudgetStatus status, String balanceExplanation, ReportingYear copyFrom,
            CurrentPerson who) {
        checkMayManage(who);
        if (year(year).isPresent()) throw new Duplicate("There is already a budget for " + year.label());
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO budget (start_year, status, balance_explanation) VALUES (?, ?, ?)")
                .params(year.startYear(), status.name(), blankToNull(balanceExplanation))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        var copied = copyFrom == null ? Optional.<YearRecord>empty() : year(copyFrom);
        copied.ifPresent(from -> copyLines(from.id(), id));
        activityLog.recordChange(ActivityAction.CREATED, "Budget", id, "Added the " + year.label() + " budget"
                + copied.map(f -> ", starting from " + f.year().label() + "'s lines").orElse(""), null,
                year(year).orElseThrow().describe());
        return id;
    }

    private void copyLines(long fromId, long toId) {
        jdbc.sql("""
                INSERT INTO budget_contribution (budget_id, organisation_id, agreed_pence)
                SELECT ?, organisation_id, agreed_pence FROM budget_contribution WHERE budget_id = ?""")
                .params(toId, fromId).update();
        for (Section s : Section.values()) {
            jdbc.sql("INSERT INTO " + s.table + " (budget_id, " + s.headingColumn + ", description, budgeted_pence) SELECT ?, "
                    + s.headingColumn + ", description, budgeted_pence FROM " + s.table + " WHERE budget_id = ?")
                    .params(toId, fromId).update();
        }
    }

    /** Changes a year's status, its explanation of the balance, or the year itself (a mistyped year). */
    @Transactional
    public void updateYear(ReportingYear year, long version, ReportingYear newYear, BudgetStatus status,
            String balanceExplanation, CurrentPerson who) {
        checkMayManage(who);
        var before = year(year).orElseThrow(BudgetService::notFound);
        if (!newYear.equals(year) && year(newYear).isPresent()) {
            throw new Duplicate("There is already a budget for " + newYear.label());
        }
        int changed = jdbc.sql("""
                UPDATE budget SET start_year = ?, status = ?, balance_explanation = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(newYear.startYear(), status.name(), blankToNull(balanceExplanation), before.id(), version)
                .update();
        if (changed == 0) throw new OptimisticLockingFailureException("Budget " + before.id() + " was changed by someone else");
        activityLog.recordChange(ActivityAction.CHANGED, "Budget", before.id(), "Changed the " + newYear.label() + " budget",
                before.describe(), year(newYear).orElseThrow().describe());
    }

    // ---- contributions ------------------------------------------------------------------------

    @Transactional
    public long addContribution(ReportingYear year, long organisationId, long agreedPence, long receivedPence,
            CurrentPerson who) {
        checkMayManage(who);
        var budget = year(year).orElseThrow(BudgetService::notFound);
        String organisation = organisationName(organisationId);
        checkAmounts(agreedPence, receivedPence);
        if (contributionOf(budget.id(), organisationId, null)) {
            throw new Duplicate(organisation + " already has a contribution in " + year.label());
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO budget_contribution (budget_id, organisation_id, agreed_pence, received_pence) VALUES (?, ?, ?, ?)")
                .params(budget.id(), organisationId, agreedPence, receivedPence)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        activityLog.recordChange(ActivityAction.CREATED, "Budget contribution", id,
                "Added " + organisation + "'s contribution to the " + year.label() + " budget", null,
                describeContribution(organisation, agreedPence, receivedPence));
        return id;
    }

    @Transactional
    public void updateContribution(ReportingYear year, long lineId, long version, long organisationId, long agreedPence,
            long receivedPence, CurrentPerson who) {
        checkMayManage(who);
        var budget = year(year).orElseThrow(BudgetService::notFound);
        var before = contribution(year, lineId).orElseThrow(BudgetService::notFound);
        String organisation = organisationName(organisationId);
        checkAmounts(agreedPence, receivedPence);
        if (contributionOf(budget.id(), organisationId, lineId)) {
            throw new Duplicate(organisation + " already has a contribution in " + year.label());
        }
        int changed = jdbc.sql("""
                UPDATE budget_contribution SET organisation_id = ?, agreed_pence = ?, received_pence = ?, version = version + 1
                WHERE id = ? AND budget_id = ? AND version = ?""")
                .params(organisationId, agreedPence, receivedPence, lineId, budget.id(), version)
                .update();
        if (changed == 0) throw new OptimisticLockingFailureException("Contribution " + lineId + " was changed by someone else");
        activityLog.recordChange(ActivityAction.CHANGED, "Budget contribution", lineId,
                "Changed " + organisation + "'s contribution to the " + year.label() + " budget",
                describeContribution(before.organisation(), before.agreed(), before.received()),
                describeContribution(organisation, agreedPence, receivedPence));
    }

    @Transactional
    public void removeContribution(ReportingYear year, long lineId, long version, CurrentPerson who) {
        checkMayManage(who);
        var budget = year(year).orElseThrow(BudgetService::notFound);
        var before = contribution(year, lineId).orElseThrow(BudgetService::notFound);
        int removed = jdbc.sql("DELETE FROM budget_contribution WHERE id = ? AND budget_id = ? AND version = ?")
                .params(lineId, budget.id(), version).update();
        if (removed == 0) throw new OptimisticLockingFailureException("Contribution " + lineId + " was changed by someone else");
        activityLog.recordChange(ActivityAction.CHANGED, "Budget contribution", lineId,
                "Removed " + before.organisation() + "'s contribution from the " + year.label() + " budget",
                describeContribution(before.organisation(), before.agreed(), before.received()), null);
    }

    private boolean contributionOf(long budgetId, long organisationId, Long exceptLineId) {
        return jdbc.sql("SELECT count(*) FROM budget_contribution WHERE budget_id = ? AND organisation_id = ? AND id <> ?")
                .params(budgetId, organisationId, exceptLineId == null ? -1L : exceptLineId).query(Long.class).single() > 0;
    }

    private String organisationName(long organisationId) {
        return organisations.nameOf(organisationId)
                .orElseThrow(() -> new IllegalArgumentException("Select an organisation from the list"));
    }

    private static String describeContribution(String organisation, long agreed, long received) {
        return "organisation=" + organisation + "; agreed=" + BudgetMoney.exact(agreed) + "; received=" + BudgetMoney.exact(received);
    }

    // ---- other income and expenditure ----------------------------------------------------------

    @Transactional
    public long addIncome(ReportingYear year, BudgetIncomeKind kind, String description, long budgetedPence,
            long actualPence, CurrentPerson who) {
        return addLine(Section.INCOME, year, kind, description, budgetedPence, actualPence, who);
    }

    @Transactional
    public long addExpenditure(ReportingYear year, BudgetCategory category, String description, long budgetedPence,
            long actualPence, CurrentPerson who) {
        return addLine(Section.EXPENDITURE, year, category, description, budgetedPence, actualPence, who);
    }

    @Transactional
    long addLine(Section section, ReportingYear year, Enum<?> heading, String description, long budgetedPence,
            long actualPence, CurrentPerson who) {
        checkMayManage(who);
        var budget = year(year).orElseThrow(BudgetService::notFound);
        String clean = cleanDescription(description);
        checkHeading(section, heading);
        checkAmounts(budgetedPence, actualPence);
        if (lineExists(section, budget.id(), heading, clean, null)) throw duplicateLine(section, heading, clean, year);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO " + section.table + " (budget_id, " + section.headingColumn
                        + ", description, budgeted_pence, actual_pence) VALUES (?, ?, ?, ?, ?)")
                .params(budget.id(), heading.name(), clean, budgetedPence, actualPence)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        activityLog.recordChange(ActivityAction.CREATED, section.recordType, id,
                "Added " + section.words + " '" + clean + "' to the " + year.label() + " budget", null,
                describeLine(section, heading, clean, budgetedPence, actualPence));
        return id;
    }

    @Transactional
    void updateLine(Section section, ReportingYear year, long lineId, long version, Enum<?> heading, String description,
            long budgetedPence, long actualPence, CurrentPerson who) {
        checkMayManage(who);
        var budget = year(year).orElseThrow(BudgetService::notFound);
        var before = line(section, year, lineId).orElseThrow(BudgetService::notFound);
        String clean = cleanDescription(description);
        checkHeading(section, heading);
        checkAmounts(budgetedPence, actualPence);
        if (lineExists(section, budget.id(), heading, clean, lineId)) throw duplicateLine(section, heading, clean, year);
        int changed = jdbc.sql("UPDATE " + section.table + " SET " + section.headingColumn
                        + " = ?, description = ?, budgeted_pence = ?, actual_pence = ?, version = version + 1"
                        + " WHERE id = ? AND budget_id = ? AND version = ?")
                .params(heading.name(), clean, budgetedPence, actualPence, lineId, budget.id(), version)
                .update();
        if (changed == 0) throw new OptimisticLockingFailureException(section.recordType + " " + lineId + " was changed by someone else");
        activityLog.recordChange(ActivityAction.CHANGED, section.recordType, lineId,
                "Changed " + section.words + " '" + clean + "' in the " + year.label() + " budget",
                describeLine(section, before.heading(), before.description(), before.budgeted(), before.actual()),
                describeLine(section, heading, clean, budgetedPence, actualPence));
    }

    @Transactional
    void removeLine(Section section, ReportingYear year, long lineId, long version, CurrentPerson who) {
        checkMayManage(who);
        var budget = year(year).orElseThrow(BudgetService::notFound);
        var before = line(section, year, lineId).orElseThrow(BudgetService::notFound);
        int removed = jdbc.sql("DELETE FROM " + section.table + " WHERE id = ? AND budget_id = ? AND version = ?")
                .params(lineId, budget.id(), version).update();
        if (removed == 0) throw new OptimisticLockingFailureException(section.recordType + " " + lineId + " was changed by someone else");
        activityLog.recordChange(ActivityAction.CHANGED, section.recordType, lineId,
                "Removed " + section.words + " '" + before.description() + "' from the " + year.label() + " budget",
                describeLine(section, before.heading(), before.description(), before.budgeted(), before.actual()), null);
    }

    private boolean lineExists(Section section, long budgetId, Enum<?> heading, String description, Long exceptLineId) {
        return jdbc.sql("SELECT count(*) FROM " + section.table + " WHERE budget_id = ? AND " + section.headingColumn
                        + " = ? AND lower(description) = lower(?) AND id <> ?")
                .params(budgetId, heading.name(), description, exceptLineId == null ? -1L : exceptLineId)
                .query(Long.class).single() > 0;
    }

    private static Duplicate duplicateLine(Section section, Enum<?> heading, String description, ReportingYear year) {
        return new Duplicate("The " + year.label() + " budget already has " + section.words + " '" + description + "' under "
                + section.label(heading));
    }

    private static void checkHeading(Section section, Enum<?> heading) {
        boolean fits = section == Section.INCOME ? heading instanceof BudgetIncomeKind : heading instanceof BudgetCategory;
        if (!fits) throw new IllegalArgumentException("Choose a heading for " + section.words);
    }

    private static String cleanDescription(String description) {
        String clean = description == null ? "" : description.strip();
        if (clean.isEmpty() || clean.length() > 200) throw new IllegalArgumentException("A description of 1 to 200 characters is needed");
        return clean;
    }

    private static void checkAmounts(long... pence) {
        for (long p : pence) {
            if (p < 0 || p > BudgetMoney.MAX_PENCE) throw new IllegalArgumentException("Amounts must be between £0 and "
                    + BudgetMoney.exact(BudgetMoney.MAX_PENCE));
        }
    }

    private static String describeLine(Section section, Enum<?> heading, String description, long budgeted, long actual) {
        return section.headingColumn + "=" + section.label(heading) + "; description=" + description + "; budgeted="
                + BudgetMoney.exact(budgeted) + "; actual=" + BudgetMoney.exact(actual);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
