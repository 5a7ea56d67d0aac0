package app.lantern.reviews;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import app.lantern.identity.ActivityLog;
import app.lantern.identity.CurrentPerson;

/**
 * Who may see and change a case review. Seeing: the business unit, partner leads and the people
 * named on the review's panel; nobody else, administrators included, and to them the review does
 * not exist (404). Changing: the business unit; panel members may also record findings and mark
 * milestones done. A person who may see a review but not make a change gets 403, logged.
 */
@Component
class CaseReviewAccess {

    private final CaseReviewStore store;
    private final ActivityLog activity;

    CaseReviewAccess(CaseReviewStore store, ActivityLog activity) {
        this.store = store;
        this.activity = activity;
    }

    /** Whether this person sees every review (rather than only those whose panel names them). */
    static boolean seesAll(CurrentPerson person) {
        return ReviewAccess.seesRestricted(person);
    }

    static boolean mayManage(CurrentPerson person) {
        return ReviewAccess.changesRestricted(person);
    }

    boolean maySee(CaseReview review, CurrentPerson person) {
        return seesAll(person) || store.onPanel(review.id(), person.id());
    }

    boolean mayContribute(CaseReview review, CurrentPerson person) {
        return mayManage(person) || store.onPanel(review.id(), person.id());
    }

    /** The review, if this person may see it; otherwise 404, as if it did not exist. */
    CaseReview visible(long id, CurrentPerson person) {
        var review = store.find(id).orElseThrow(CaseReviewAccess::notFound);
        if (!maySee(review, person)) throw notFound();
        return review;
    }

    /** The review, if this person may change it; 404 if they may not even see it, 403 (logged) if they may only read it. */
    CaseReview manageable(long id, CurrentPerson person) {
        var review = visible(id, person);
        if (!mayManage(person)) throw denied("change case review " + review.reference());
        return review;
    }

    /** The review, if this person may record findings and milestones on it (business unit or panel). */
    CaseReview contributable(long id, CurrentPerson person) {
        var review = visible(id, person);
        if (!mayContribute(review, person)) throw denied("record on case review " + review.reference());
        return review;
    }

    private ResponseStatusException denied(String what) {
        activity.recordDenied("Refused: " + what);
        return new ResponseStatusException(HttpStatus.FORBIDDEN);
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
