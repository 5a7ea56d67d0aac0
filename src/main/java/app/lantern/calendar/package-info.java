/**
 * Working days: the pages and the API over the one {@link app.lantern.calendar.WorkingDayCalendar}
 * every statutory clock uses. Anyone signed in can work out a deadline on the calculator page;
 * agencies' own systems ask {@code GET /api/working-days} (public: bank holidays are no secret);
 * administrators keep the bank holidays (a day at a time, or a whole year pasted at once) and the
 * named timescale rules (how many working days, which day is day 0). Every change is written to
 * the activity log and reaches the calendar at once.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Working days",
        allowedDependencies = { "shared", "identity" })
package app.lantern.calendar;
