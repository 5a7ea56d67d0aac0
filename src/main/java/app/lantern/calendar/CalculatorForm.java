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

    /** True when the form was not sent at all (the first visit), rather than sent empty. */
    boolean isEmpty() {
        return startDay == null && startMonth == null && startYear == null && rule == null && days == null;
    }
}
