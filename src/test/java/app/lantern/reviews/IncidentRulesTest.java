package app.lantern.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import app.lantern.shared.TimescaleRule;
import app.lantern.shared.WorkingDays;

/** The statutory clocks of serious incidents and their timeliness, over the 2023 and 2024 bank holidays. */
class IncidentRulesTest {

    static final WorkingDays DAYS = new WorkingDays(List.of(
            LocalDate.of(2023, 1, 2), LocalDate.of(2023, 4, 7), LocalDate.of(2023, 4, 10), LocalDate.of(2023, 5, 1),
            LocalDate.of(2023, 5, 8), LocalDate.of(2023, 5, 29), LocalDate.of(2023, 8, 28), LocalDate.of(2023, 12, 25),
            LocalDate.of(2023, 12, 26), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 29), LocalDate.of(2024, 4, 1),
            LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 27), LocalDate.of(2024, 8, 26), LocalDate.of(2024, 12, 25),
            LocalDate.of(2024, 12, 26)));
    static final TimescaleRule PANEL = new TimescaleRule(TimescaleRule.PANEL_NOTIFICATION, "Notify the panel", 5,
            TimescaleRule.DayCount.EVENT_IS_DAY_0, TimescaleRule.Direction.AFTER, "the day the LA became aware", "Working Together", 0);
    static final TimescaleRule RAPID = new TimescaleRule(TimescaleRule.RAPID_REVIEW, "Rapid review", 15,
            TimescaleRule.DayCount.EVENT_IS_DAY_0, TimescaleRule.Direction.AFTER, "the day the panel was notified", "Working Together", 0);

    @ParameterizedTest(name = "aware {0} → notify the panel by {1}")
    @CsvSource({
            "2023-06-12, 2023-06-19",   // Monday: the next Monday
            "2023-12-20, 2023-12-29",   // over Christmas Day and Boxing Day
            "2023-05-02, 2023-05-10",   // over the coronation bank holiday (8 May 2023)
            "2024-03-27, 2024-04-05",   // over Good Friday and Easter Monday
            "2023-06-17, 2023-06-23"})  // a Saturday is day 0: five weekdays later
    void the_panel_must_be_notified_5_working_days_after_the_LA_became_aware(LocalDate aware, LocalDate due) {
        assertThat(DAYS.deadline(PANEL, aware)).isEqualTo(due);
    }

    @ParameterizedTest(name = "notified {0} → rapid review by {1}")
    @CsvSource({
            "2023-06-16, 2023-07-07",
            "2023-12-04, 2023-12-27",   // Christmas Day and Boxing Day do not count
            "2024-03-25, 2024-04-17"})  // nor Good Friday and Easter Monday
    void the_rapid_review_is_due_15_working_days_after_the_notification(LocalDate notified, LocalDate due) {
        assertThat(DAYS.deadline(RAPID, notified)).isEqualTo(due);
    }

    @Test
    void a_step_done_on_the_due_date_is_on_time_and_a_day_after_it_late() {
        var due = LocalDate.of(2023, 6, 19);
        assertThat(IncidentTimeliness.of(due, due, due.plusYears(1))).isEqualTo(IncidentTimeliness.ON_TIME);
        assertThat(IncidentTimeliness.of(due, due.minusDays(3), due)).isEqualTo(IncidentTimeliness.ON_TIME);
        assertThat(IncidentTimeliness.of(due, due.plusDays(1), due.plusDays(1))).isEqualTo(IncidentTimeliness.LATE);
    }

    @Test
    void a_step_not_done_is_running_until_the_due_date_and_overdue_after_it() {
        var due = LocalDate.of(2023, 6, 19);
        assertThat(IncidentTimeliness.of(due, null, due.minusDays(2))).isEqualTo(IncidentTimeliness.RUNNING);
        assertThat(IncidentTimeliness.of(due, null, due)).isEqualTo(IncidentTimeliness.RUNNING);
        assertThat(IncidentTimeliness.of(due, null, due.plusDays(1))).isEqualTo(IncidentTimeliness.OVERDUE);
        assertThat(IncidentTimeliness.OVERDUE.late()).isTrue();
        assertThat(IncidentTimeliness.RUNNING.counted()).isFalse();
    }

    @Test
    void percentages_count_only_settled_steps_and_round_half_up() {
        assertThat(IncidentTimeliness.percentOnTime(2, 3)).isEqualTo(67);
        assertThat(IncidentTimeliness.percentOnTime(1, 2)).isEqualTo(50);
        assertThat(IncidentTimeliness.percentOnTime(1, 8)).isEqualTo(13); // 12.5 rounds up
        assertThat(IncidentTimeliness.percentOnTime(0, 0)).isNull();
    }

    @Test
    void an_incident_is_notifiable_only_when_both_criteria_are_met() {
        assertThat(details(IncidentHarm.DIED, IncidentAbuse.SUSPECTED).notifiable()).isTrue();
        assertThat(details(IncidentHarm.SERIOUSLY_HARMED, IncidentAbuse.KNOWN).notifiable()).isTrue();
        assertThat(details(IncidentHarm.NEITHER, IncidentAbuse.KNOWN).notifiable()).isFalse();
        assertThat(details(IncidentHarm.DIED, IncidentAbuse.NEITHER).notifiable()).isFalse();
    }

    static NotificationDetails details(IncidentHarm harm, IncidentAbuse abuse) {
        return new NotificationDetails("EM-1", "AB", null, 3, IncidentSex.FEMALE, IncidentEthnicity.NOT_KNOWN,
                LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 2), harm, abuse, false, Set.of(1L).stream().toList(), null, null);
    }
}
