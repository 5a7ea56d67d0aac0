package app.lantern.reviews;

import app.lantern.shared.StatutoryClock;
import java.util.List;

import org.springframework.stereotype.Component;

import app.lantern.identity.CurrentPerson;

/** Offers the open milestones of the case reviews a person may see to the reviews dashboard. */
@Component
class CaseReviewClocks implements ClockSource {

    private final CaseReviewService reviews;

    CaseReviewClocks(CaseReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public List<StatutoryClock> openClocks(CurrentPerson person) {
        return reviews.openClocks(person);
    }
}
