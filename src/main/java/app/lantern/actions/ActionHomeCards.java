package app.lantern.actions;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import app.lantern.identity.Access;
import app.lantern.shared.HomeCard;
import app.lantern.shared.HomeCards;
import app.lantern.shared.Rule;

/** The home page's actions card: overdue actions of the person's organisation and, for the business unit, of all. */
@Component
class ActionHomeCards implements HomeCards {

    private final ActionTracker tracker;
    private final Access access;

    ActionHomeCards(ActionTracker tracker, Access access) {
        this.tracker = tracker;
        this.access = access;
    }

    @Override
    public List<HomeCard> cards() {
        var person = access.person();
        var lines = new ArrayList<HomeCard.Line>();
        if (person.organisationId() != null) {
            long ours = tracker.overdueCount(person.organisationId());
            lines.add(HomeCard.Line.link(ours == 0 ? "Your organisation has no overdue actions"
                    : "Your organisation has " + ours + " overdue action" + (ours == 1 ? "" : "s"), "/actions/mine?overdue=true"));
        }
        if (person.passes(Rule.RUNS_PARTNERSHIP)) {
            long all = tracker.overdueCount(null);
            lines.add(HomeCard.Line.link(all + " action" + (all == 1 ? " is" : "s are") + " overdue across the partnership",
                    "/actions?overdue=true"));
        }
        return lines.isEmpty() ? List.of() : List.of(new HomeCard(30, "Actions", lines, null));
    }
}
