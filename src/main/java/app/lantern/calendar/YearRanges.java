package app.lantern.calendar;

import java.util.ArrayList;
import java.util.Collection;
import java.util.TreeSet;

/** "2012 to 2027" or "2012 to 2027, 2030": which years of bank holidays are loaded, in words. */
final class YearRanges {

    private YearRanges() {
    }

    static String describe(Collection<Integer> years) {
        if (years.isEmpty()) return "none";
        var sorted = new TreeSet<>(years);
        var parts = new ArrayList<String>();
        Integer first = null, last = null;
        for (int y : sorted) {
            if (last != null && y == last + 1) {
                last = y;
                continue;
            }
            if (first != null) parts.add(range(first, last));
            first = y;
            last = y;
        }
        parts.add(range(first, last));
        return String.join(", ", parts);
    }

    private static String range(int first, int last) {
        return first == last ? String.valueOf(first) : first + " to " + last;
    }
}
