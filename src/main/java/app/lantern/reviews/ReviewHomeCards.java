package app.lantern.reviews;

import java.util.List;

import org.springframework.stereotype.Component;

import app.lantern.identity.Access;
import app.lantern.shared.HomeCard;
import app.lantern.shared.HomeCards;
import app.lantern.shared.StatutoryClock;
import app.lantern.shared.StatutoryClocks;

/**
 * What the reviews module puts on the home page: its running clocks (notifications, rapid reviews,
 * case reviews' milestones) that the person may see, and an agency lead's open requests for a
 * summary of involvement.
 */
@Component
class ReviewHomeCards implements HomeCards, StatutoryClocks {

    private final ReviewClocks clocks;
    private final Access access;

    ReviewHomeCards(ReviewClocks clocks, Access access) {
        this.clocks = clocks;
        this.access = access;
    }

    @Override
    public List<StatutoryClock> openClocks() {
        return clocks.openFor(access.person());
    }

    @Override
    public List<HomeCard> cards() {
        int asked = clocks.openRequestsFor(access.person());
        if (asked == 0) return List.of();
        return List.of(new HomeCard(10, "Summaries of involvement", List.of(HomeCard.Line.link(
                "Your agency has been asked for " + asked + " summar" + (asked == 1 ? "y" : "ies") + " of involvement for a rapid review",
                "/reviews")), null));
    }
}
