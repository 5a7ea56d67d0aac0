package app.lantern.shared;

import java.util.Objects;

/**
 * One place in the navigation a module contributes: its area, label, address, a line saying what
 * it is for (shown on the area's page and the home page), and the rule that opens it.
 *
 * @param order position within its area, lowest first
 */
public record NavigationEntry(Area area, int order, String label, String href, String description, Rule shownTo) {

    public NavigationEntry {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(shownTo, "shownTo");
        if (href == null || !href.startsWith("/")) throw new IllegalArgumentException("A navigation entry links within Lantern: " + href);
    }

    /** Whether the page at {@code path} belongs to this entry. */
    public boolean covers(String path) {
        return path != null && (path.equals(href) || path.startsWith(href + "/"));
    }
}
