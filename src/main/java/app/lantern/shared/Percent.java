package app.lantern.shared;

/** Whole percentages as yearly reports print them: rounded half up (2 of 3 is 67%). */
public final class Percent {

    private Percent() {
    }

    /** {@code part} of {@code whole} as a whole percent, rounded half up; 0 when {@code whole} is 0. */
    public static int of(long part, long whole) {
        if (whole == 0) return 0;
        return (int) Math.floor(part * 100.0 / whole + 0.5);
    }
}
