package app.lantern.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The bar chart's geometry: proportional, labelled, and never drawing one thing over another. */
class SvgBarChartTest {

    private static SvgBarChart chart(List<SvgBarChart.Row> rows) {
        return SvgBarChart.of("c", "Spending", List.of("Budget", "Actual"), rows, BudgetMoney::pounds);
    }

    @Test
    void the_largest_value_fills_the_bar_area_and_the_rest_are_in_proportion() {
        var c = chart(List.of(new SvgBarChart.Row("Staffing", 18_600_000, 19_818_000),
                new SvgBarChart.Row("Website and tools", 1_080_000, 1_054_000)));
        var staffing = c.groups().get(0).bars();
        assertThat(staffing.get(1).width()).isEqualTo(SvgBarChart.BAR_AREA);
        assertThat(staffing.get(0).width()).isCloseTo(SvgBarChart.BAR_AREA * 18_600_000.0 / 19_818_000, org.assertj.core.data.Offset.offset(0.1));
        var website = c.groups().get(1).bars();
        assertThat(website.get(0).width() / website.get(1).width()).isCloseTo(1_080_000.0 / 1_054_000, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void nothing_draws_no_bar_and_a_tiny_value_still_shows() {
        var c = chart(List.of(new SvgBarChart.Row("Agency cover", 0, 876_000), new SvgBarChart.Row("Lay members", 100, 876_000_00)));
        assertThat(c.groups().get(0).bars().get(0).width()).isZero();
        assertThat(c.groups().get(1).bars().get(0).width()).isEqualTo(1);
        assertThat(chart(List.of(new SvgBarChart.Row("Nothing yet", 0, 0))).groups().get(0).bars())
                .allSatisfy(b -> assertThat(b.width()).isZero());
    }

    @Test
    void every_bar_is_labelled_with_its_series_and_value_beside_it() {
        var c = chart(List.of(new SvgBarChart.Row("Staffing", 18_600_000, 19_818_000)));
        var bars = c.groups().get(0).bars();
        assertThat(bars).extracting(SvgBarChart.Bar::text).containsExactly("Budget £186,000", "Actual £198,180");
        for (var b : bars) {
            assertThat(b.textX()).isGreaterThan(b.x() + b.width());
            assertThat(b.textY()).isBetween(b.y(), b.y() + b.height());
            // room for the label to the right of even the longest bar
            assertThat(SvgBarChart.WIDTH - (b.x() + b.width())).isGreaterThanOrEqualTo(SvgBarChart.VALUE_SPACE);
        }
        assertThat(bars.get(0).series().fill()).isNotEqualTo(bars.get(1).series().fill());
    }

    @Test
    void groups_and_bars_follow_one_another_down_the_drawing_without_overlapping() {
        var c = chart(List.of(new SvgBarChart.Row("A", 1, 2), new SvgBarChart.Row("B", 3, 4), new SvgBarChart.Row("C", 5, 6)));
        double bottom = 0;
        for (var g : c.groups()) {
            assertThat(g.labelY()).isGreaterThan(bottom);
            for (var b : g.bars()) {
                assertThat(b.y()).isGreaterThan(g.labelY());
                assertThat(b.y()).isGreaterThanOrEqualTo(bottom);
                bottom = b.y() + b.height();
            }
        }
        assertThat(c.height()).isGreaterThanOrEqualTo((int) bottom);
        assertThat(c.viewBox()).isEqualTo("0 0 " + SvgBarChart.WIDTH + " " + c.height());
    }

    @Test
    void the_text_alternative_gives_every_figure_in_full() {
        String longName = "An organisation with a very long name that would not fit on one line of the chart at all, really";
        var c = chart(List.of(new SvgBarChart.Row("Staffing", 18_600_000, 19_818_000), new SvgBarChart.Row(longName, 0, 100)));
        assertThat(c.description()).isEqualTo("Spending. Staffing: budget £186,000, actual £198,180. " + longName + ": budget £0, actual £1.");
        assertThat(c.groups().get(1).label()).hasSize(SvgBarChart.MAX_LABEL).endsWith("…");
        assertThat(c.titleId()).isEqualTo("c-title");
        assertThat(c.descriptionId()).isEqualTo("c-desc");
    }

    @Test
    void a_row_needs_a_value_for_each_series() {
        assertThatThrownBy(() -> chart(List.of(new SvgBarChart.Row("Staffing", 1)))).isInstanceOf(IllegalArgumentException.class);
    }
}
