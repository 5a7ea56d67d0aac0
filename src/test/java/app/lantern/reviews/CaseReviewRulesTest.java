package app.lantern.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.lantern.shared.TimescaleRule;
import app.lantern.shared.WorkingDays;

class CaseReviewRulesTest {

    /** England and Wales bank holidays 2023–2025 (enough for these cases). */
    static final WorkingDays DAYS = new WorkingDays(List.of(
            LocalDate.of(2023, 1, 2), LocalDate.of(2023, 4, 7), LocalDate.of(2023, 4, 10), LocalDate.of(2023, 5, 1),
            LocalDate.of(2023, 5, 8), LocalDate.of(2023, 5, 29), LocalDate.of(2023, 8, 28), LocalDate.of(2023, 12, 25),
            LocalDate.of(2023, 12, 26), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 29), LocalDate.of(2024, 4, 1),
            LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 27), LocalDate.of(2024, 8, 26), LocalDate.of(2024, 12, 25),
            LocalDate.of(2024, 12, 26), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 18), LocalDate.of(2025, 4, 21)));

    static final TimescaleRule SEVEN_BEFORE = new TimescaleRule(TimescaleRule.REPORT_BEFORE_PUBLICATION,
            "Send a review report to the panel and the Secretary of State", 7, TimescaleRule.DayCount.EVENT_IS_DAY_0,
            TimescaleRule.Direction.BEFORE, "publication", "test", 0);

    @ParameterizedTest(name = "decided {0}, {1} months → publication {2}")
    @CsvSource({
            "2023-06-14, 6, 2023-12-14",
            "2023-08-31, 6, 2024-02-29", // leap year: the month's last day
            "2023-08-31, 4, 2023-12-31",
            "2024-03-31, 1, 2024-04-30"})
    void publication_is_due_the_types_months_after_the_decision(LocalDate decision, int months, LocalDate expected) {
        assertThat(CaseReviewRules.plannedPublication(decision, months)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "publication {0} → report to the panel by {1}")
    @CsvSource({
            "2024-01-17, 2024-01-08", // ordinary weeks
            "2024-01-03, 2023-12-20", // back over New Year's Day, Boxing Day and Christmas Day
            "2024-04-05, 2024-03-25", // back over Easter Monday and Good Friday
            "2023-12-14, 2023-12-05",
            "2024-06-03, 2024-05-22"}) // over the spring bank holiday and a weekend
    void the_report_is_due_seven_working_days_before_publication(LocalDate publication, LocalDate due) {
        assertThat(CaseReviewRules.reportDue(publication, DAYS, SEVEN_BEFORE)).isEqualTo(due);
        assertThat(DAYS.between(due, publication)).isEqualTo(7);
    }

    @Test
    void a_report_sent_on_the_deadline_is_on_time_and_one_working_day_later_is_late() {
        var due = CaseReviewRules.reportDue(LocalDate.of(2024, 1, 3), DAYS, SEVEN_BEFORE);
        assertThat(due).isEqualTo(LocalDate.of(2023, 12, 20));
        assertThat(CaseReviewRules.sentLate(LocalDate.of(2023, 12, 20), due)).isFalse();
        assertThat(CaseReviewRules.sentLate(LocalDate.of(2023, 12, 1), due)).isFalse();
        assertThat(CaseReviewRules.sentLate(LocalDate.of(2023, 12, 21), due)).isTrue();
        assertThat(CaseReviewRules.sentLate(null, due)).isFalse();
        assertThat(CaseReviewRules.sentLate(LocalDate.of(2023, 12, 21), null)).isFalse();
    }

    @Test
    void the_standard_plan_spreads_the_first_steps_and_counts_the_report_back_from_publication() {
        var plan = CaseReviewRules.plan(LocalDate.of(2023, 6, 14), LocalDate.of(2023, 12, 14), DAYS, SEVEN_BEFORE);
        assertThat(plan).hasSize(MilestonePlan.values().length);
        // 183 days from decision to publication
        assertThat(plan.get(MilestonePlan.TERMS_OF_REFERENCE)).isEqualTo(LocalDate.of(2023, 7, 14));
        assertThat(plan.get(MilestonePlan.AGENCY_REPORTS)).isEqualTo(LocalDate.of(2023, 8, 14));
        assertThat(plan.get(MilestonePlan.PRACTITIONER_EVENT)).isEqualTo(LocalDate.of(2023, 9, 13));
        assertThat(plan.get(MilestonePlan.DRAFT_REPORT)).isEqualTo(LocalDate.of(2023, 10, 14));
        assertThat(plan.get(MilestonePlan.REPORT_TO_PANEL)).isEqualTo(LocalDate.of(2023, 12, 5));
        assertThat(plan.get(MilestonePlan.PUBLICATION)).isEqualTo(LocalDate.of(2023, 12, 14));
    }

    @Test
    void a_plan_reaching_into_a_year_without_bank_holidays_is_refused() {
        assertThatThrownBy(() -> CaseReviewRules.plan(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 3, 1), DAYS, SEVEN_BEFORE))
                .isInstanceOf(WorkingDays.YearNotLoadedException.class);
    }

    @Test
    void a_milestone_is_overdue_only_when_open_after_its_due_date() {
        var due = LocalDate.of(2024, 5, 10);
        assertThat(CaseReviewRules.overdue(due, null, LocalDate.of(2024, 5, 10))).isFalse();
        assertThat(CaseReviewRules.overdue(due, null, LocalDate.of(2024, 5, 11))).isTrue();
        assertThat(CaseReviewRules.overdue(due, LocalDate.of(2024, 6, 1), LocalDate.of(2024, 7, 1))).isFalse();
    }

    @Test
    void status_is_in_progress_until_published_and_closed_once_no_recommendation_action_is_open() {
        assertThat(CaseReviewRules.status(null, 0)).isEqualTo(CaseReviewStatus.IN_PROGRESS);
        assertThat(CaseReviewRules.status(null, 3)).isEqualTo(CaseReviewStatus.IN_PROGRESS);
        assertThat(CaseReviewRules.status(LocalDate.of(2024, 1, 17), 2)).isEqualTo(CaseReviewStatus.PUBLISHED);
        assertThat(CaseReviewRules.status(LocalDate.of(2024, 1, 17), 0)).isEqualTo(CaseReviewStatus.CLOSED);
    }

    @Test
    void percentages_round_half_up_and_nothing_counts_as_zero() {
        assertThat(CaseReviewRules.percent(0, 0)).isZero();
        assertThat(CaseReviewRules.percent(2, 5)).isEqualTo(40);
        assertThat(CaseReviewRules.percent(1, 8)).isEqualTo(13);
        assertThat(CaseReviewRules.percent(2, 3)).isEqualTo(67);
    }

    @Test
    void references_number_reviews_within_the_year_of_their_decision() {
        assertThat(CaseReviewRules.reference(2023, 1)).isEqualTo("CR-2023-01");
        assertThat(CaseReviewRules.reference(2024, 12)).isEqualTo("CR-2024-12");
        assertThat(CaseReviewRules.reference(2024, 123)).isEqualTo("CR-2024-123");
    }
}
