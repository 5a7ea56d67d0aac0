package app.lantern.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.lantern.calendar.WorkingDayCalendar;
import app.lantern.shared.TimescaleRule;
import app.lantern.shared.WorkingDays;

/**
 * A notification's deadlines come from the record, and its clock counts working days left the one
 * way every clock does: when a year between today and the deadline has no bank holidays loaded, the
 * weekdays are counted (notification clocks used to count calendar days then).
 */
class NotificationDeadlinesTest {

    /** England's 2026 bank holidays only: 2027's are not loaded. */
    static final WorkingDays ONLY_2026 = new WorkingDays(List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3),
            LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 25), LocalDate.of(2026, 8, 31),
            LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28)));

    static final LocalDate AWARE = LocalDate.of(2026, 12, 1);
    static final LocalDate DUE = LocalDate.of(2026, 12, 8);

    static NotificationRecord notification(IncidentHarm harm, LocalDate notified) {
        return new NotificationRecord(1, "SIN-2026-009", new NotificationDetails("EM-26-0001", "AB", null, 12, IncidentSex.MALE,
                IncidentEthnicity.WHITE_BRITISH, AWARE.minusDays(1), AWARE, harm, IncidentAbuse.SUSPECTED, false, List.of(),
                notified, "Fictional"), 0);
    }

    static WorkingDayCalendar calendar() {
        var calendar = mock(WorkingDayCalendar.class);
        when(calendar.workingDays()).thenReturn(ONLY_2026);
        when(calendar.deadline(TimescaleRule.PANEL_NOTIFICATION, AWARE)).thenReturn(DUE);
        return calendar;
    }

    @Test
    void an_overdue_clock_carried_into_a_year_without_bank_holidays_counts_weekdays_not_calendar_days() {
        // Monday 4 January 2027: the weekdays after 8 December 2026 up to it are 19 (27 calendar days)
        int left = notification(IncidentHarm.SERIOUSLY_HARMED, null).workingDaysLeftToNotify(calendar(), LocalDate.of(2027, 1, 4));
        assertThat(left).isEqualTo(-19);
    }

    @Test
    void within_loaded_years_the_bank_holidays_are_skipped() {
        // after 1 December up to 8 December 2026: 2, 3, 4, 7, 8
        int left = notification(IncidentHarm.DIED, null).workingDaysLeftToNotify(calendar(), AWARE);
        assertThat(left).isEqualTo(5);
    }

    @Test
    void a_notified_or_not_notifiable_incident_has_no_clock() {
        assertThat(notification(IncidentHarm.DIED, AWARE.plusDays(2)).workingDaysLeftToNotify(calendar(), AWARE)).isNull();
        var neither = notification(IncidentHarm.NEITHER, null);
        assertThat(neither.panelNotificationDue(calendar())).isEmpty();
        assertThat(neither.workingDaysLeftToNotify(calendar(), AWARE)).isNull();
    }

    @Test
    void a_rapid_review_is_due_by_the_rule_counted_from_the_day_the_panel_was_notified() {
        var calendar = calendar();
        when(calendar.deadline(TimescaleRule.RAPID_REVIEW, LocalDate.of(2026, 12, 3))).thenReturn(LocalDate.of(2026, 12, 24));
        assertThat(notification(IncidentHarm.DIED, LocalDate.of(2026, 12, 3)).rapidReviewDue(calendar)).contains(LocalDate.of(2026, 12, 24));
        assertThat(notification(IncidentHarm.DIED, null).rapidReviewDue(calendar)).isEmpty();
    }
}
