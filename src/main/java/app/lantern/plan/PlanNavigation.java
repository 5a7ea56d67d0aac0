package app.lantern.plan;

import java.util.List;

import org.springframework.stereotype.Component;

import app.lantern.shared.Area;
import app.lantern.shared.Navigation;
import app.lantern.shared.NavigationEntry;
import app.lantern.shared.Rule;

/** The business plan's and the budget's places in the navigation. */
@Component
class PlanNavigation implements Navigation {

    @Override
    public List<NavigationEntry> entries() {
        return List.of(
                new NavigationEntry(Area.PLANNING, 20, "Business plan", "/plan", "the priorities and progress against them", Rule.SIGNED_IN),
                new NavigationEntry(Area.PLANNING, 30, "Budget", "/budget", "contributions, income and spending by year", Rule.SIGNED_IN));
    }
}
