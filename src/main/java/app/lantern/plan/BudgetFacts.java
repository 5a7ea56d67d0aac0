package app.lantern.plan;

import java.math.BigDecimal;
import java.util.List;

import app.lantern.shared.ReportingYear;

/**
 * The partnership's money in one financial year (April to March, the same as the reporting year),
 * as the yearly report prints it: where the money came from, what it was spent on, and how a
 * deficit was covered. Read-only; computed from the budget's lines by
 * {@link BudgetService#factsFor}. Amounts are in pence; "income" and "expenditure" without
 * "budgeted" are what was actually received and spent.
 *
 * @param recorded      false when no budget has been recorded for the year (every figure is then 0)
 * @param path          the budget's page, which lists every line these figures count
 * @param contributions each organisation's contribution, largest agreed first
 * @param otherIncome   grants, training charges and other income, by kind (every kind, even at £0)
 * @param expenditure   spending by category, in the categories' order (every category, even at £0)
 * @param balanceExplanation how a deficit was covered, or what happens to a surplus, as the
 *                      business unit wrote it; empty if not written
 */
public record BudgetFacts(ReportingYear year, boolean recorded, BudgetStatus status, String path,
        long contributionsAgreedPence, long contributionsReceivedPence,
        long otherIncomeBudgetedPence, long otherIncomePence,
        long expenditureBudgetedPence, long expenditurePence,
        String balanceExplanation,
        List<Contribution> contributions, List<OtherIncome> otherIncome, List<Spending> expenditure) {

    /**
     * @param agreedShare   the organisation's agreed amount as a share of all agreed contributions,
     *                      in per cent to one decimal place, rounded half up
     * @param receivedShare the same for what was received
     */
    public record Contribution(long organisationId, String organisation, long agreedPence, long receivedPence,
            BigDecimal agreedShare, BigDecimal receivedShare) {
    }

    public record OtherIncome(BudgetIncomeKind kind, long budgetedPence, long actualPence) {
    }

    public record Spending(BudgetCategory category, long budgetedPence, long actualPence) {

        /** Positive when more was spent than budgeted. */
        public long variancePence() {
            return actualPence - budgetedPence;
        }
    }

    static BudgetFacts none(ReportingYear year) {
        return new BudgetFacts(year, false, null, null, 0, 0, 0, 0, 0, 0, "", List.of(), List.of(), List.of());
    }

    /** Total income budgeted: agreed contributions and other income budgeted. */
    public long incomeBudgetedPence() {
        return contributionsAgreedPence + otherIncomeBudgetedPence;
    }

    /** Total income actually received: contributions received and other income. */
    public long incomePence() {
        return contributionsReceivedPence + otherIncomePence;
    }

    /** Income less expenditure, as received and spent: negative for a deficit. */
    public long surplusPence() {
        return incomePence() - expenditurePence;
    }

    public boolean deficit() {
        return surplusPence() < 0;
    }

    /** The deficit as a positive amount, or 0 when income covered expenditure. */
    public long deficitPence() {
        return Math.max(0, -surplusPence());
    }
}
