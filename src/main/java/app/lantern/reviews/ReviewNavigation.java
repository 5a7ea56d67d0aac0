package app.lantern.reviews;

import java.util.List;

import org.springframework.stereotype.Component;

import app.lantern.shared.Area;
import app.lantern.shared.Navigation;
import app.lantern.shared.NavigationEntry;
import app.lantern.shared.Rule;

/**
 * The reviews module's places in the navigation. The reviews dashboard is open to everyone signed
 * in because a case review's panel may name anyone; what it lists depends on who is asking.
 */
@Component
class ReviewNavigation implements Navigation {

    @Override
    public List<NavigationEntry> entries() {
        return List.of(
                new NavigationEntry(Area.LEARNING, 10, "Reviews", "/reviews",
                        "serious incidents, rapid reviews and case reviews, on their statutory clocks", Rule.SIGNED_IN),
                new NavigationEntry(Area.LEARNING, 20, "Learning", "/learning",
                        "7-minute briefings, learning events and learning points", Rule.SIGNED_IN));
    }
}
