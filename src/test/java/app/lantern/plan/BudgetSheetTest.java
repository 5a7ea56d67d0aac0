package app.lantern.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.lantern.shared.ReportingYear;

/** A year's totals, shares and facts, from its lines. */
class BudgetSheetTest {

    static final ReportingYear YEAR = ReportingYear.parse("2023-24");

    static BudgetSheet.Line line(Enum<?> heading, String description, long budgeted, long actual) {
        return new BudgetSheet.Line(1, heading, heading.name(), description, budgeted, actual, 0);
    }

    static BudgetSheet.Contribution contribution(long orgId, String name, long agreed, long received) {
        return new BudgetSheet.Contribution(orgId, orgId, name, agreed, received, 0, null, null);
    }

    final BudgetSheet sheet = BudgetSheet.of(7, YEAR, BudgetStatus.AGREED, "The council covered it", 3, false,
            List.of(contribution(2, "Police", 20_000_00, 20_000_00), contribution(1, "Council", 50_000_00, 45_000_00),
                    contribution(3, "ICB", 30_000_00, 30_000_00)),
            List.of(line(BudgetIncomeKind.GRANT, "Pathfinder grant", 5_000_00, 5_000_00)),
            List.of(line(BudgetCategory.STAFFING, "Salaries", 90_000_00, 96_000_00),
                    line(BudgetCategory.STAFFING, "Agency cover", 0, 4_000_00),
                    line(BudgetCategory.WEBSITE_AND_TOOLS, "Website", 3_000_00, 2_500_00)));

    @Test
    void totals_compare_budget_with_actual_and_give_the_deficit() {
        assertThat(sheet.incomeBudgeted()).isEqualTo(105_000_00);
        assertThat(sheet.incomeActual()).isEqualTo(100_000_00);
        assertThat(sheet.expenditureBudgeted()).isEqualTo(93_000_00);
        assertThat(sheet.expenditureActual()).isEqualTo(102_500_00);
        assertThat(sheet.balanceBudgeted()).isEqualTo(12_000_00);
        assertThat(sheet.balanceActual()).isEqualTo(-2_500_00);
        assertThat(sheet.summary()).extracting(BudgetSheet.Comparison::label)
                .containsExactly("Contributions from partners", "Other income", "Total income", "Total expenditure");
    }

    @Test
    void contributions_are_largest_first_with_each_share_of_the_agreed_total() {
        assertThat(sheet.contributions()).extracting(BudgetSheet.Contribution::organisation).containsExactly("Council", "ICB", "Police");
        assertThat(sheet.contributions()).extracting(c -> c.agreedShare().toPlainString()).containsExactly("50.0", "30.0", "20.0");
        // received shares are of what was received: 45,000 of 95,000
        assertThat(sheet.contributions().get(0).receivedShare()).isEqualByComparingTo("47.4");
    }

    @Test
    void every_category_and_kind_is_given_even_at_nothing() {
        assertThat(sheet.path()).isEqualTo("/budget/2023-24");
        assertThat(sheet.incomeActual()).isEqualTo(100_000_00);
        assertThat(sheet.expenditureActual()).isEqualTo(102_500_00);
        assertThat(sheet.balanceActual()).isEqualTo(-2_500_00);
        assertThat(sheet.balanceExplanation()).isEqualTo("The council covered it");
        assertThat(sheet.byCategory()).hasSize(BudgetCategory.values().length);
        assertThat(sheet.byCategory().get(0)).isEqualTo(new BudgetSheet.Spending(BudgetCategory.STAFFING, 90_000_00, 100_000_00));
        assertThat(sheet.byCategory().get(0).variancePence()).isEqualTo(10_000_00);
        assertThat(sheet.byKind()).extracting(BudgetSheet.OtherIncome::kind).containsExactly(BudgetIncomeKind.values());
        assertThat(sheet.contributions().get(0).organisationId()).isEqualTo(1);
    }

    @Test
    void the_expenditure_chart_leaves_out_categories_with_nothing_in_them() {
        var chart = sheet.expenditureChart();
        assertThat(chart.groups()).extracting(SvgBarChart.Group::label).containsExactly("Staffing", "Website and tools");
        assertThat(chart.title()).isEqualTo("Expenditure by category in 2023–24, budget and actual");
        assertThat(sheet.contributionsChart().groups()).hasSize(3);
    }
}
