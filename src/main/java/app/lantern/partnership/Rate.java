package app.lantern.partnership;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An attendance rate: how many of the expected meetings (or member-attendances) were attended,
 * shown as a whole percent rounded half up (2 of 3 is 67%), the way yearly reports print it.
 */
public record Rate(int attended, int expected) {

    public Rate {
        if (attended < 0 || expected < 0 || attended > expected) {
            throw new IllegalArgumentException("Attended must be between 0 and expected");
        }
    }

    /** Whole percent, rounded half up; 0 when nothing was expected. */
    public int percent() {
        if (expected == 0) return 0;
        return BigDecimal.valueOf(attended * 100L)
                .divide(BigDecimal.valueOf(expected), 0, RoundingMode.HALF_UP).intValue();
    }

    /** "67%". */
    public String label() {
        return percent() + "%";
    }

    Rate plus(Rate other) {
        return new Rate(attended + other.attended, expected + other.expected);
    }
}
