package app.lantern.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One bank holiday to add, as typed. */
record HolidayForm(
        String dateDay, String dateMonth, String dateYear,
        @NotBlank(message = "Enter the name of the bank holiday")
        @Size(max = HolidayLines.MAX_NAME, message = "The name must be " + HolidayLines.MAX_NAME + " characters or fewer")
        String name) {

    static HolidayForm blank() {
        return new HolidayForm("", "", "", "");
    }
}
