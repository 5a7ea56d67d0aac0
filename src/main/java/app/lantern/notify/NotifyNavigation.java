package app.lantern.notify;

import java.util.List;

import org.springframework.stereotype.Component;

import app.lantern.shared.Area;
import app.lantern.shared.Navigation;
import app.lantern.shared.NavigationEntry;
import app.lantern.shared.Rule;

/** The outbox's place in the navigation, for administrators. */
@Component
class NotifyNavigation implements Navigation {

    @Override
    public List<NavigationEntry> entries() {
        return List.of(new NavigationEntry(Area.ADMINISTRATION, 30, "Outbox", "/admin/outbox",
                "every email Lantern wrote, and whether it was sent", Rule.ADMINISTERS));
    }
}
