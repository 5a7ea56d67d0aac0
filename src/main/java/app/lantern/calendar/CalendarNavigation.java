package app.lantern.calendar;

import java.util.List;

import org.springframework.stereotype.Component;

import app.lantern.shared.Area;
import app.lantern.shared.Navigation;
import app.lantern.shared.NavigationEntry;
import app.lantern.shared.Rule;

/** The working-day calendar's places in the navigation. */
@Component
class CalendarNavigation implements Navigation {

    @Override
    public List<NavigationEntry> entries() {
        return List.of(
                new NavigationEntry(Area.LEARNING, 90, "Working days", "/working-days",
                        "count working days and check a statutory deadline", Rule.SIGNED_IN),
                new NavigationEntry(Area.ADMINISTRATION, 40, "Bank holidays", "/admin/bank-holidays",
                        "the bank holidays and timescale rules every clock counts with", Rule.ADMINISTERS));
    }
}
