package app.lantern.partnership;

import java.util.List;

import org.springframework.stereotype.Component;

import app.lantern.shared.Area;
import app.lantern.shared.Navigation;
import app.lantern.shared.NavigationEntry;
import app.lantern.shared.Rule;

/** The partnership module's places in the navigation. */
@Component
class PartnershipNavigation implements Navigation {

    @Override
    public List<NavigationEntry> entries() {
        return List.of(
                new NavigationEntry(Area.PARTNERSHIP, 10, "Organisations", "/organisations",
                        "the statutory partners and every relevant agency", Rule.SIGNED_IN),
                new NavigationEntry(Area.PARTNERSHIP, 20, "Committees", "/committees",
                        "the executive, committees and groups, with their members", Rule.SIGNED_IN),
                new NavigationEntry(Area.PARTNERSHIP, 30, "Meetings", "/meetings",
                        "every committee's meetings, minutes and decisions", Rule.SIGNED_IN),
                new NavigationEntry(Area.PARTNERSHIP, 40, "Attendance", "/attendance",
                        "how often each organisation attended, by reporting year", Rule.SIGNED_IN));
    }
}
