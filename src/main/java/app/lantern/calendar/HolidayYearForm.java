package app.lantern.calendar;

/** A year of bank holidays pasted one a line, as typed. */
record HolidayYearForm(String lines) {
}
