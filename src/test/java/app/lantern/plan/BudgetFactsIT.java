package app.lantern.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.lantern.LanternIntegrationTest;
import app.lantern.shared.Figure;
import app.lantern.shared.FigureBlock;
import app.lantern.shared.RecordLink;
import app.lantern.shared.ReportingYear;
import app.lantern.shared.YearlyFacts;

/** What the yearly report reads about money, from the demo partnership's 2023–24 budget (the "Budget" block). */
@LanternIntegrationTest
class BudgetFactsIT {

    static final ReportingYear YEAR = ReportingYear.parse("2023-24");

    @Autowired PlanYearlyFacts facts;

    FigureBlock budget(ReportingYear year) {
        return facts.factsFor(year).stream().filter(b -> b.title().equals("Budget")).findFirst().orElseThrow();
    }

    @Test
    void the_module_gives_the_report_one_block_for_the_plan_and_one_for_the_budget() {
        assertThat(facts).isInstanceOf(YearlyFacts.class);
        assertThat(facts.factsFor(YEAR)).extracting(FigureBlock::title).containsExactly("Business plan", "Budget", "Next year's priorities");
    }

    @Test
    void eastmere_2023_24_took_in_271k_spent_306k_and_the_council_covered_the_34k_deficit() {
        var block = budget(YEAR);

        assertThat(block.year()).isEqualTo(YEAR);
        assertThat(block.figure("budget.agreed").intValue()).isEqualTo(1);
        assertThat(display(block, "budget.contributions.agreed")).isEqualTo("£244,600");
        assertThat(display(block, "budget.contributions.received")).isEqualTo("£244,600");
        assertThat(display(block, "budget.other-income.budgeted")).isEqualTo("£29,000");
        assertThat(display(block, "budget.other-income.received")).isEqualTo("£26,790");
        assertThat(display(block, "budget.income.budgeted")).isEqualTo("£273,600");
        assertThat(display(block, "budget.income.received")).isEqualTo("£271,390");
        assertThat(display(block, "budget.expenditure.budgeted")).isEqualTo("£278,500");
        assertThat(display(block, "budget.expenditure.spent")).isEqualTo("£305,700");
        assertThat(display(block, "budget.balance")).isEqualTo("-£34,310");
        assertThat(display(block, "budget.deficit")).isEqualTo("£34,310");
        assertThat(block.figure("budget.deficit").unit()).isEqualTo(Figure.Unit.POUNDS);
    }

    @Test
    void every_money_figure_links_to_the_budget_page_where_its_lines_are() {
        var block = budget(YEAR);

        assertThat(block.figure("budget.income.received").records())
                .containsExactly(new RecordLink("Budget 2023–24", "/budget/2023-24"));
        assertThat(block.figure("budget.contributions.agreed").records())
                .containsExactly(new RecordLink("Contributions to the 2023–24 budget", "/budget/2023-24#contributions"));
        assertThat(block.figure("budget.expenditure.STAFFING.spent").records())
                .containsExactly(new RecordLink("Expenditure in the 2023–24 budget", "/budget/2023-24#expenditure"));
        assertThat(block.figures()).allSatisfy(f -> assertThat(f.records()).isNotEmpty());
    }

    @Test
    void each_partners_contribution_and_share_is_given_largest_first() {
        var block = budget(YEAR);

        assertThat(block.figures()).filteredOn(f -> f.key().startsWith("budget.contribution.") && f.key().endsWith(".agreed-share"))
                .extracting(Figure::label, Figure::display).containsExactly(
                        tuple("Eastmere Council: share of contributions agreed", "49.8%"),
                        tuple("NHS Eastmere Integrated Care Board: share of contributions agreed", "25.1%"),
                        tuple("Eastmere Police: share of contributions agreed", "20.2%"),
                        tuple("Eastmere Probation Delivery Unit: share of contributions agreed", "3%"),
                        tuple("Eastmere Youth Justice Service: share of contributions agreed", "2%"));
        assertThat(block.figures()).filteredOn(f -> f.key().startsWith("budget.contribution.") && f.key().endsWith(".received"))
                .extracting(Figure::display).containsExactly("£121,850", "£61,400", "£49,300", "£7,250", "£4,800");
    }

    @Test
    void spending_is_given_for_every_category_budget_and_actual_and_other_income_by_kind() {
        var block = budget(YEAR);

        assertThat(block.figures()).filteredOn(f -> f.key().startsWith("budget.expenditure.") && f.key().endsWith(".spent")
                && !f.key().equals("budget.expenditure.spent"))
                .extracting(Figure::label, Figure::display).containsExactly(
                        tuple("Staffing: spent", "£198,180"),
                        tuple("Independent scrutiny and lay members: spent", "£26,060"),
                        tuple("Operating costs: spent", "£12,260"),
                        tuple("Training and events: spent", "£21,120"),
                        tuple("Practice development: spent", "£37,540"),
                        tuple("Website and tools: spent", "£10,540"));
        assertThat(display(block, "budget.expenditure.STAFFING.budgeted")).isEqualTo("£186,000");
        assertThat(display(block, "budget.other-income.GRANT.received")).isEqualTo("£15,000");
        assertThat(display(block, "budget.other-income.TRAINING_CHARGES.budgeted")).isEqualTo("£12,000");
        assertThat(display(block, "budget.other-income.TRAINING_CHARGES.received")).isEqualTo("£9,640");
        assertThat(display(block, "budget.other-income.OTHER.received")).isEqualTo("£2,150");
    }

    @Test
    void a_year_without_a_budget_has_no_figures_rather_than_reporting_nothing_spent() {
        var block = budget(ReportingYear.parse("1990-91"));
        assertThat(block.title()).isEqualTo("Budget");
        assertThat(block.figures()).isEmpty();
    }

    static String display(FigureBlock block, String key) {
        return block.figure(key).display();
    }
}
