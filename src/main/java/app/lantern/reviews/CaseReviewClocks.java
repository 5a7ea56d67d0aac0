package app.lantern.reviews;

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
    public List<OpenClock> openClocks(CurrentPerson person) {
        return reviews.openClocks(person);
    }
}
