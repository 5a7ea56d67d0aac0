package app.lantern.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.lantern.LanternIntegrationTest;
import app.lantern.shared.ReportingYear;

/** What the yearly report reads about money, from the demo partnership's 2023–24 budget. */
@LanternIntegrationTest
class BudgetFactsIT {

    @Autowired BudgetService budgets;

    @Test
    void eastmere_2023_24_took_in_about_270k_spent_about_305k_and_the_council_covered_the_deficit() {
        var facts = budgets.factsFor(ReportingYear.parse("2023-24"));

        assertThat(facts.recorded()).isTrue();
        assertThat(facts.status()).isEqualTo(BudgetStatus.AGREED);
        assertThat(facts.path()).isEqualTo("/budget/2023-24");
        assertThat(facts.incomePence()).isBetween(265_000_00L, 275_000_00L);
        assertThat(facts.expenditurePence()).isBetween(300_000_00L, 310_000_00L);
        assertThat(facts.incomePence()).isEqualTo(facts.contributionsReceivedPence() + facts.otherIncomePence());
        assertThat(facts.deficit()).isTrue();
        assertThat(facts.deficitPence()).isEqualTo(facts.expenditurePence() - facts.incomePence()).isBetween(30_000_00L, 40_000_00L);
        assertThat(facts.balanceExplanation()).startsWith("Eastmere Council covered the £34,310 shortfall");
        assertThat(BudgetMoney.pounds(facts.deficitPence())).isEqualTo("£34,310");
    }

    @Test
    void each_partners_share_is_given_and_the_shares_add_up() {
        var facts = budgets.factsFor(ReportingYear.parse("2023-24"));

        assertThat(facts.contributions()).extracting(BudgetFacts.Contribution::organisation).containsExactly(
                "Eastmere Council", "NHS Eastmere Integrated Care Board", "Eastmere Police", "Eastmere Probation Delivery Unit",
                "Eastmere Youth Justice Service");
        assertThat(facts.contributions().get(0).agreedShare()).isBetween(new BigDecimal("45"), new BigDecimal("55"));
        assertThat(facts.contributions().get(1).agreedShare()).isBetween(new BigDecimal("20"), new BigDecimal("30"));
        assertThat(facts.contributions().get(2).agreedShare()).isBetween(new BigDecimal("15"), new BigDecimal("25"));
        var sum = facts.contributions().stream().map(BudgetFacts.Contribution::agreedShare).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isBetween(new BigDecimal("99.5"), new BigDecimal("100.5"));
        assertThat(facts.contributions()).allSatisfy(c -> assertThat(c.receivedPence()).isEqualTo(c.agreedPence()));
    }

    @Test
    void spending_is_given_for_every_category_budget_and_actual_and_other_income_by_kind() {
        var facts = budgets.factsFor(ReportingYear.parse("2023-24"));

        assertThat(facts.expenditure()).extracting(BudgetFacts.Spending::category).containsExactly(BudgetCategory.values());
        assertThat(facts.expenditure()).allSatisfy(s -> assertThat(s.actualPence()).isPositive());
        assertThat(facts.expenditure().stream().mapToLong(BudgetFacts.Spending::actualPence).sum()).isEqualTo(facts.expenditurePence());
        assertThat(facts.expenditure().stream().mapToLong(BudgetFacts.Spending::budgetedPence).sum())
                .isEqualTo(facts.expenditureBudgetedPence());
        var staffing = facts.expenditure().get(0);
        assertThat(staffing.category()).isEqualTo(BudgetCategory.STAFFING);
        assertThat(staffing.actualPence()).isGreaterThan(facts.expenditurePence() / 2);
        assertThat(facts.otherIncome()).filteredOn(i -> i.kind() == BudgetIncomeKind.GRANT)
                .singleElement().satisfies(i -> assertThat(i.actualPence()).isPositive());
        assertThat(facts.otherIncome()).filteredOn(i -> i.kind() == BudgetIncomeKind.TRAINING_CHARGES)
                .singleElement().satisfies(i -> assertThat(i.actualPence()).isPositive());
    }

    @Test
    void a_year_without_a_budget_says_so_rather_than_reporting_nothing_spent() {
        var facts = budgets.factsFor(ReportingYear.parse("1990-91"));
        assertThat(facts.recorded()).isFalse();
        assertThat(facts.contributions()).isEmpty();
    }
}
