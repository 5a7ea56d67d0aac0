package app.lantern.web;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import app.lantern.identity.CurrentPerson;
import app.lantern.shared.Area;
import app.lantern.shared.Navigation;
import app.lantern.shared.NavigationEntry;

/**
 * Gathers the navigation entries every module contributes and answers, for one person, the areas
 * they may use with the entries each holds for them. The entries are read once, at start-up.
 */
@Component
class NavigationMenu {

    private final Map<Area, List<NavigationEntry>> byArea = new EnumMap<>(Area.class);

    NavigationMenu(List<Navigation> contributions) {
        for (var area : Area.values()) {
            byArea.put(area, contributions.stream().flatMap(c -> c.entries().stream()).filter(e -> e.area() == area)
                    .sorted(Comparator.comparingInt(NavigationEntry::order).thenComparing(NavigationEntry::label)).toList());
        }
    }

    /** The areas this person may use, in their fixed order, each with only the entries their role opens. */
    List<AreaEntries> areasFor(CurrentPerson person) {
        return byArea.entrySet().stream()
                .map(e -> new AreaEntries(e.getKey(), e.getValue().stream().filter(n -> person.passes(n.shownTo())).toList()))
                .filter(a -> !a.entries().isEmpty())
                .toList();
    }

    /** The area a page belongs to: the one holding the entry whose address is the longest prefix of the path. */
    static AreaEntries areaOf(List<AreaEntries> areas, String path) {
        AreaEntries best = null;
        int longest = -1;
        for (var a : areas) {
            if (path.equals(a.area().path())) return a;
            for (var e : a.entries()) {
                if (e.covers(path) && e.href().length() > longest) {
                    best = a;
                    longest = e.href().length();
                }
            }
        }
        return best;
    }

    record AreaEntries(Area area, List<NavigationEntry> entries) {
    }
}
