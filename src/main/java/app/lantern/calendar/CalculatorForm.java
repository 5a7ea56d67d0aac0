package app.lantern.calendar;

/**
 * What the deadline calculator was asked, exactly as typed (strings, so binding never fails):
 * the start date, a timescale rule's code or {@link #BY_DAYS}, and for a number of working days
 * the number, which day is day 0 and whether to count forwards or back.
 */
record CalculatorForm(String startDay, String startMonth, String startYear, String rule, String days, String dayCount,
        String direction) {

    static final String BY_DAYS = "DAYS";

    static CalculatorForm blank() {
        return new CalculatorForm("", "", "", "", "", "EVENT_IS_DAY_0", "AFTER");
    }

    /** True when nothing at all was sent: the first visit, not a calculation. */
    boolean isEmpty() {
        return blank(startDay) && blank(startMonth) && blank(startYear) && blank(rule) && blank(days);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
