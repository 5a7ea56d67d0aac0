package app.lantern.identity;

import java.util.List;

import org.springframework.stereotype.Component;

import app.lantern.shared.Area;
import app.lantern.shared.Navigation;
import app.lantern.shared.NavigationEntry;
import app.lantern.shared.Rule;

/** Identity's places in the navigation: accounts and the activity log, for administrators. */
@Component
class IdentityNavigation implements Navigation {

    @Override
    public List<NavigationEntry> entries() {
        return List.of(
                new NavigationEntry(Area.ADMINISTRATION, 10, "Users", "/admin/users", "accounts, roles and organisations", Rule.ADMINISTERS),
                new NavigationEntry(Area.ADMINISTRATION, 20, "Activity log", "/admin/activity",
                        "who viewed or changed what, and every refusal", Rule.ADMINISTERS));
    }
}
