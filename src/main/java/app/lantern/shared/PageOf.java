package app.lantern.shared;

import java.util.List;

/**
 * One page of a longer list, numbered from 1, with what a GOV.UK pagination component needs.
 */
public record PageOf<T>(List<T> items, int page, int size, long total) {

    public int pageCount() {
        return total == 0 ? 1 : (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount();
    }

    public long firstIndex() {
        return total == 0 ? 0 : (long) (page - 1) * size + 1;
    }

    public long lastIndex() {
        return Math.min(total, (long) page * size);
    }

    public static int clampPage(Integer requested) {
        return requested == null || requested < 1 ? 1 : Math.min(requested, 100_000);
    }

    /** The requested page, or the last one if the list is shorter, so a stale link still shows rows. */
    public static int within(int requested, long total, int size) {
        int last = total == 0 ? 1 : (int) ((total + size - 1) / size);
        return Math.max(1, Math.min(requested, last));
    }

    public static int offset(int page, int size) {
        return (page - 1) * size;
    }
}
