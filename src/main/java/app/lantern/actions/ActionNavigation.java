package app.lantern.actions;

import java.util.List;

import org.springframework.stereotype.Component;

import app.lantern.shared.Area;
import app.lantern.shared.Navigation;
import app.lantern.shared.NavigationEntry;
import app.lantern.shared.Rule;

/** The action tracker's place in the navigation. */
@Component
class ActionNavigation implements Navigation {

    @Override
    public List<NavigationEntry> entries() {
        return List.of(new NavigationEntry(Area.PLANNING, 10, "Actions", "/actions",
                "every recommendation and action, whatever raised it", Rule.SIGNED_IN));
    }
}
