package app.lantern.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import app.lantern.shared.ReportingYear;

/**
 * One financial year's budget as its page shows it: every line, the totals, budget against
 * actual, and the charts. Built by {@link BudgetStore#sheet}; {@link PlanYearlyFacts} gives the
 * yearly report the same figures.
 *
 * @param inProgress the year has not ended yet, so received and actual amounts are to date
 */
record BudgetSheet(long id, ReportingYear year, BudgetStatus status, String balanceExplanation, long version,
        boolean inProgress, List<Contribution> contributions, List<Line> income, List<Line> expenditure) {

    /** A partner's contribution; shares are of all agreed (or all received) contributions. */
    record Contribution(long id, long organisationId, String organisation, long agreed, long received, long version,
            BigDecimal agreedShare, BigDecimal receivedShare) {

        /** Received less agreed: negative while money is still due. */
        public long difference() {
            return received - agreed;
        }
    }

    /** A line of other income or expenditure; {@code heading} is its kind or category. */
    record Line(long id, Enum<?> heading, String headingLabel, String description, long budgeted, long actual,
            long version) {

        public long variance() {
            return actual - budgeted;
        }
    }

    /** Other income of one kind, budgeted and received. */
    record OtherIncome(BudgetIncomeKind kind, long budgetedPence, long actualPence) {
    }

    /** Spending in one category, budgeted and spent. */
    record Spending(BudgetCategory category, long budgetedPence, long actualPence) {

        /** Positive when more was spent than budgeted. */
        public long variancePence() {
            return actualPence - budgetedPence;
        }
    }

    /** Budget against actual for one row of the summary table. */
    record Comparison(String label, long budget, long actual, boolean income) {

        public long variance() {
            return actual - budget;
        }
    }

    static BudgetSheet of(long id, ReportingYear year, BudgetStatus status, String balanceExplanation, long version,
            boolean inProgress, List<Contribution> contributions, List<Line> income, List<Line> expenditure) {
        long agreedTotal = contributions.stream().mapToLong(Contribution::agreed).sum();
        long receivedTotal = contributions.stream().mapToLong(Contribution::received).sum();
        var withShares = contributions.stream()
                .map(c -> new Contribution(c.id(), c.organisationId(), c.organisation(), c.agreed(), c.received(), c.version(),
                        BudgetMoney.percent(c.agreed(), agreedTotal), BudgetMoney.percent(c.received(), receivedTotal)))
                .sorted(Comparator.comparingLong(Contribution::agreed).reversed().thenComparing(Contribution::organisation))
                .toList();
        return new BudgetSheet(id, year, status, balanceExplanation == null ? "" : balanceExplanation, version, inProgress,
                withShares, List.copyOf(income), List.copyOf(expenditure));
    }

    public long contributionsAgreed() {
        return contributions.stream().mapToLong(Contribution::agreed).sum();
    }

    public long contributionsReceived() {
        return contributions.stream().mapToLong(Contribution::received).sum();
    }

    public long otherIncomeBudgeted() {
        return income.stream().mapToLong(Line::budgeted).sum();
    }

    public long otherIncomeActual() {
        return income.stream().mapToLong(Line::actual).sum();
    }

    public long incomeBudgeted() {
        return contributionsAgreed() + otherIncomeBudgeted();
    }

    public long incomeActual() {
        return contributionsReceived() + otherIncomeActual();
    }

    public long expenditureBudgeted() {
        return expenditure.stream().mapToLong(Line::budgeted).sum();
    }

    public long expenditureActual() {
        return expenditure.stream().mapToLong(Line::actual).sum();
    }

    /** Planned income less planned spending: negative when the budget was set with a deficit. */
    public long balanceBudgeted() {
        return incomeBudgeted() - expenditureBudgeted();
    }

    /** Income received less money spent: negative for a deficit. */
    public long balanceActual() {
        return incomeActual() - expenditureActual();
    }

    public boolean empty() {
        return contributions.isEmpty() && income.isEmpty() && expenditure.isEmpty();
    }

    /** The budget-against-actual summary, top to bottom as the page shows it. */
    public List<Comparison> summary() {
        return List.of(
                new Comparison("Contributions from partners", contributionsAgreed(), contributionsReceived(), true),
                new Comparison("Other income", otherIncomeBudgeted(), otherIncomeActual(), true),
                new Comparison("Total income", incomeBudgeted(), incomeActual(), true),
                new Comparison("Total expenditure", expenditureBudgeted(), expenditureActual(), false));
    }

    /** Spending per category, every category in order, with the lines' totals. */
    public List<Spending> byCategory() {
        return Arrays.stream(BudgetCategory.values()).map(c -> new Spending(c,
                expenditure.stream().filter(l -> l.heading() == c).mapToLong(Line::budgeted).sum(),
                expenditure.stream().filter(l -> l.heading() == c).mapToLong(Line::actual).sum())).toList();
    }

    public List<OtherIncome> byKind() {
        return Arrays.stream(BudgetIncomeKind.values()).map(k -> new OtherIncome(k,
                income.stream().filter(l -> l.heading() == k).mapToLong(Line::budgeted).sum(),
                income.stream().filter(l -> l.heading() == k).mapToLong(Line::actual).sum())).toList();
    }

    String path() {
        return "/budget/" + year.slug();
    }

    /** Expenditure by category, budget against actual; categories with nothing in either are left out. */
    SvgBarChart expenditureChart() {
        var rows = new ArrayList<SvgBarChart.Row>();
        for (var s : byCategory()) {
            if (s.budgetedPence() == 0 && s.actualPence() == 0) continue;
            rows.add(new SvgBarChart.Row(s.category().label(), s.budgetedPence(), s.actualPence()));
        }
        return SvgBarChart.of("expenditure-chart", "Expenditure by category in " + year.label() + ", budget and actual",
                List.of("Budget", "Actual"), rows, BudgetMoney::pounds);
    }

    /** Each partner's contribution, agreed and received, largest first. */
    SvgBarChart contributionsChart() {
        var rows = contributions.stream()
                .map(c -> new SvgBarChart.Row(c.organisation(), c.agreed(), c.received())).toList();
        return SvgBarChart.of("contributions-chart", "Contributions by partner in " + year.label() + ", agreed and received",
                List.of("Agreed", "Received"), rows, BudgetMoney::pounds);
    }
}
