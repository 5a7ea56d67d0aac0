package app.lantern.shared;

/**
 * A named timescale in working days, such as "notify the national panel within 5 working days of
 * becoming aware". It says explicitly which day counts as day 0, because partnerships differ.
 */
public record TimescaleRule(String code, String name, int workingDays, DayCount dayCount, Direction direction,
        String countedFrom, String source, long version) {

    /** Codes of the rules Lantern ships with (administrators may change their figures). */
    public static final String PANEL_NOTIFICATION = "PANEL_NOTIFICATION";
    public static final String RAPID_REVIEW = "RAPID_REVIEW";
    public static final String REPORT_BEFORE_PUBLICATION = "REPORT_BEFORE_PUBLICATION";
    public static final String LADO_REFERRAL = "LADO_REFERRAL";

    public enum DayCount implements Labelled {
        EVENT_IS_DAY_0("The day of the event is day 0", "the deadline is the Nth working day after the event"),
        EVENT_IS_DAY_1("The day of the event is day 1", "the event's day, or the next working day, counts as the first day");

        private final String label;
        private final String hint;

        DayCount(String label, String hint) {
            this.label = label;
            this.hint = hint;
        }

        @Override
        public String label() {
            return label;
        }

        public String hint() {
            return hint;
        }
    }

    public enum Direction implements Labelled {
        AFTER("After the event"), BEFORE("Before the event");

        private final String label;

        Direction(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** "5 working days after the day the local authority became aware …, which is day 0". */
    public String describe() {
        return describe(countedFrom);
    }

    /** The same, counted from {@code from} (e.g. a date) instead of the rule's event in words. */
    public String describe(String from) {
        return workingDays + " working " + (workingDays == 1 ? "day " : "days ")
                + (direction == Direction.AFTER ? "after " : "before ") + from
                + (dayCount == DayCount.EVENT_IS_DAY_0 ? " (that day is day 0)" : " (that day is day 1)");
    }
}
