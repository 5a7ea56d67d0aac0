package app.lantern.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import app.lantern.shared.ReportingYear;

class PlanYearsTest {

    @Test
    void one_year_is_written_like_a_reporting_year_and_several_from_first_april_to_last_march() {
        assertThat(PlanYears.of(new ReportingYear(2023), 1).label()).isEqualTo("2023–24");
        assertThat(PlanYears.of(new ReportingYear(2024), 3).label()).isEqualTo("2024–27");
        assertThat(PlanYears.of(new ReportingYear(2098), 3).label()).isEqualTo("2098–01");
        assertThat(PlanYears.of(new ReportingYear(2024), 3).span()).isEqualTo("1 April 2024 to 31 March 2027");
    }

    @Test
    void the_next_plan_starts_the_year_after_the_last() {
        var current = PlanYears.of(2024, 2026);
        assertThat(current.following(1).label()).isEqualTo("2027–28");
        assertThat(current.following(3)).isEqualTo(PlanYears.of(2027, 2029));
    }

    @Test
    void years_contained_and_overlapping() {
        var plan = PlanYears.of(2024, 2026);
        assertThat(plan.contains(new ReportingYear(2024))).isTrue();
        assertThat(plan.contains(new ReportingYear(2026))).isTrue();
        assertThat(plan.contains(new ReportingYear(2027))).isFalse();
        assertThat(plan.years()).extracting(ReportingYear::startYear).containsExactly(2024, 2025, 2026);
        assertThat(plan.overlaps(PlanYears.of(2026, 2027))).isTrue();
        assertThat(plan.overlaps(PlanYears.of(2020, 2024))).isTrue();
        assertThat(plan.overlaps(PlanYears.of(2027, 2028))).isFalse();
        assertThat(plan.overlaps(PlanYears.of(2023, 2023))).isFalse();
    }

    @Test
    void a_plan_covers_one_to_five_years_in_order() {
        assertThatThrownBy(() -> PlanYears.of(2025, 2024)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PlanYears.of(new ReportingYear(2024), 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PlanYears.of(new ReportingYear(2024), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(PlanYears.of(new ReportingYear(2024), 5).count()).isEqualTo(5);
    }
}
