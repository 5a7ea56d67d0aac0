package app.lantern.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One figure for the yearly report: what it says, its value, and the records it counts, so a
 * reader can ask "where does this come from" and open them.
 *
 * @param key     stable name within its block (e.g. "actions.completed"), for freezing and tests
 * @param label   what it counts, in words ("Actions completed in the year")
 * @param records the records behind it (for a percentage, those of its numerator)
 */
public record Figure(String key, String label, BigDecimal value, Unit unit, List<RecordLink> records) {

    public enum Unit { COUNT, PERCENT, POUNDS }

    public Figure {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        records = List.copyOf(records);
    }

    /** A count of records: its value is how many there are. */
    public static Figure count(String key, String label, List<RecordLink> records) {
        return new Figure(key, label, BigDecimal.valueOf(records.size()), Unit.COUNT, records);
    }

    public static Figure percent(String key, String label, int percent, List<RecordLink> records) {
        return new Figure(key, label, BigDecimal.valueOf(percent), Unit.PERCENT, records);
    }

    public static Figure pounds(String key, String label, BigDecimal pounds, List<RecordLink> records) {
        return new Figure(key, label, pounds, Unit.POUNDS, records);
    }

    /** The value as a reader sees it: "12", "75%", "£41,250". */
    public String display() {
        return switch (unit) {
            case COUNT -> NumberFormat.getIntegerInstance(Locale.UK).format(value);
            case PERCENT -> value.stripTrailingZeros().toPlainString() + "%";
            case POUNDS -> {
                var f = NumberFormat.getCurrencyInstance(Locale.UK);
                boolean whole = value.stripTrailingZeros().scale() <= 0;
                f.setMaximumFractionDigits(whole ? 0 : 2);
                f.setMinimumFractionDigits(whole ? 0 : 2);
                yield f.format(value.setScale(2, RoundingMode.HALF_UP));
            }
        };
    }

    public int intValue() {
        return value.intValueExact();
    }
}
