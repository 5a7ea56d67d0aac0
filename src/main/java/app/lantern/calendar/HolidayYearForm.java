package app.lantern.calendar;

import jakarta.validation.constraints.NotBlank;

/** A year of bank holidays pasted one a line, as typed. */
record HolidayYearForm(@NotBlank(message = "Paste the year's bank holidays, one a line") String lines) {
}
