package app.lantern.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import app.lantern.identity.OrganisationDirectory;
import app.lantern.shared.ReportingYear;

/**
 * The budget's SQL: plain statements, one per thing stored or read. A budget's lines are stored
 * one at a time, each with its own version checked in the WHERE clause, so two people recording
 * different lines never get in each other's way.
 */
@Repository
class BudgetStore {

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
    private final OrganisationDirectory organisations;
    private final Clock clock;

    BudgetStore(JdbcClient jdbc, OrganisationDirectory organisations, Clock clock) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.clock = clock;
    }

    // ---- reading ------------------------------------------------------------------------------

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
                contributions, lines(BudgetSection.INCOME, y.id()), lines(BudgetSection.EXPENDITURE, y.id()));
    }

    /** A section's lines in the headings' order, then by description. */
    private List<BudgetSheet.Line> lines(BudgetSection section, long budgetId) {
        return jdbc.sql("SELECT id, " + section.headingColumn + ", description, budgeted_pence, actual_pence, version FROM "
                        + section.table + " WHERE budget_id = ?")
                .param(budgetId)
                .query((rs, i) -> {
                    Enum<?> heading = section.heading(rs.getString(2));
                    return new BudgetSheet.Line(rs.getLong(1), heading, section.label(heading), rs.getString(3), rs.getLong(4),
                            rs.getLong(5), rs.getLong(6));
                })
                .list().stream()
                .sorted(Comparator.comparingInt((BudgetSheet.Line l) -> l.heading().ordinal())
                        .thenComparing(l -> l.description().toLowerCase(Locale.UK)))
                .toList();
    }

    Optional<BudgetSheet.Contribution> contribution(ReportingYear year, long lineId) {
        return sheet(year).flatMap(s -> s.contributions().stream().filter(c -> c.id() == lineId).findFirst());
    }

    Optional<BudgetSheet.Line> line(BudgetSection section, ReportingYear year, long lineId) {
        return sheet(year).flatMap(s -> (section == BudgetSection.INCOME ? s.income() : s.expenditure()).stream()
                .filter(l -> l.id() == lineId).findFirst());
    }

    /** The latest year before this one that has a budget, to start a new year from. */
    Optional<ReportingYear> latestBefore(ReportingYear year) {
        return jdbc.sql("SELECT start_year FROM budget WHERE start_year < ? ORDER BY start_year DESC LIMIT 1")
                .param(year.startYear()).query(Integer.class).optional().map(ReportingYear::new);
    }

    /** The year has not ended yet, so what was received and spent is so far. */
    private boolean inProgress(ReportingYear year) {
        return year.contains(LocalDate.now(clock));
    }

    // ---- years --------------------------------------------------------------------------------

    long insertYear(ReportingYear year, BudgetStatus status, String balanceExplanation) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO budget (start_year, status, balance_explanation) VALUES (?, ?, ?)")
                .params(year.startYear(), status.name(), balanceExplanation)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Copies a year's lines at their agreed and budgeted amounts, with nothing yet received or spent. */
    void copyLines(long fromId, long toId) {
        jdbc.sql("""
                INSERT INTO budget_contribution (budget_id, organisation_id, agreed_pence)
                SELECT ?, organisation_id, agreed_pence FROM budget_contribution WHERE budget_id = ?""")
                .params(toId, fromId).update();
        for (BudgetSection s : BudgetSection.values()) {
            jdbc.sql("INSERT INTO " + s.table + " (budget_id, " + s.headingColumn + ", description, budgeted_pence) SELECT ?, "
                    + s.headingColumn + ", description, budgeted_pence FROM " + s.table + " WHERE budget_id = ?")
                    .params(toId, fromId).update();
        }
    }

    boolean updateYear(long id, long version, ReportingYear newYear, BudgetStatus status, String balanceExplanation) {
        return jdbc.sql("""
                UPDATE budget SET start_year = ?, status = ?, balance_explanation = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(newYear.startYear(), status.name(), balanceExplanation, id, version)
                .update() == 1;
    }

    // ---- contributions ------------------------------------------------------------------------

    long insertContribution(long budgetId, long organisationId, long agreedPence, long receivedPence) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO budget_contribution (budget_id, organisation_id, agreed_pence, received_pence) VALUES (?, ?, ?, ?)")
                .params(budgetId, organisationId, agreedPence, receivedPence)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean updateContribution(long budgetId, long lineId, long version, long organisationId, long agreedPence, long receivedPence) {
        return jdbc.sql("""
                UPDATE budget_contribution SET organisation_id = ?, agreed_pence = ?, received_pence = ?, version = version + 1
                WHERE id = ? AND budget_id = ? AND version = ?""")
                .params(organisationId, agreedPence, receivedPence, lineId, budgetId, version)
                .update() == 1;
    }

    boolean deleteContribution(long budgetId, long lineId, long version) {
        return jdbc.sql("DELETE FROM budget_contribution WHERE id = ? AND budget_id = ? AND version = ?")
                .params(lineId, budgetId, version).update() == 1;
    }

    /** Whether the organisation already has a contribution in the budget (other than the line being changed). */
    boolean hasContribution(long budgetId, long organisationId, Long exceptLineId) {
        return jdbc.sql("SELECT count(*) FROM budget_contribution WHERE budget_id = ? AND organisation_id = ? AND id <> ?")
                .params(budgetId, organisationId, exceptLineId == null ? -1L : exceptLineId).query(Long.class).single() > 0;
    }

    // ---- other income and expenditure ----------------------------------------------------------

    long insertLine(BudgetSection section, long budgetId, Enum<?> heading, String description, long budgetedPence, long actualPence) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO " + section.table + " (budget_id, " + section.headingColumn
                        + ", description, budgeted_pence, actual_pence) VALUES (?, ?, ?, ?, ?)")
                .params(budgetId, heading.name(), description, budgetedPence, actualPence)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean updateLine(BudgetSection section, long budgetId, long lineId, long version, Enum<?> heading, String description,
            long budgetedPence, long actualPence) {
        return jdbc.sql("UPDATE " + section.table + " SET " + section.headingColumn
                        + " = ?, description = ?, budgeted_pence = ?, actual_pence = ?, version = version + 1"
                        + " WHERE id = ? AND budget_id = ? AND version = ?")
                .params(heading.name(), description, budgetedPence, actualPence, lineId, budgetId, version)
                .update() == 1;
    }

    boolean deleteLine(BudgetSection section, long budgetId, long lineId, long version) {
        return jdbc.sql("DELETE FROM " + section.table + " WHERE id = ? AND budget_id = ? AND version = ?")
                .params(lineId, budgetId, version).update() == 1;
    }

    /** Whether the section already has a line with this heading and description, in any case (other than the line being changed). */
    boolean lineExists(BudgetSection section, long budgetId, Enum<?> heading, String description, Long exceptLineId) {
        return jdbc.sql("SELECT count(*) FROM " + section.table + " WHERE budget_id = ? AND " + section.headingColumn
                        + " = ? AND lower(description) = lower(?) AND id <> ?")
                .params(budgetId, heading.name(), description, exceptLineId == null ? -1L : exceptLineId)
                .query(Long.class).single() > 0;
    }
}
