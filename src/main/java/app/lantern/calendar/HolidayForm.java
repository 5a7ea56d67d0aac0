package app.lantern.calendar;

/** One bank holiday to add, as typed. */
record HolidayForm(String dateDay, String dateMonth, String dateYear, String name) {

    static HolidayForm blank() {
        return new HolidayForm("", "", "", "");
    }
}
