package app.lantern.reviews;

import org.springframework.stereotype.Component;

import app.lantern.identity.Access;
import app.lantern.identity.CurrentPerson;

/**
 * Who may see and work on a case review: besides those who {@link ReviewAccess#sees see review
 * material}, the people named on a review's panel see that review and, with the business unit,
 * record its findings and milestones; only the business unit changes the rest. To anyone else a
 * review does not exist (404); a person who may see it but not make a change gets 403. The
 * {@code @PreAuthorize} expressions in {@link ReviewAccess} call the public methods as
 * {@code @caseReviewAccess}.
 */
@Component("caseReviewAccess")
class CaseReviewAccess {

    private final Access access;
    private final ReviewAccess reviews;
    private final CaseReviewStore store;

    CaseReviewAccess(Access access, ReviewAccess reviews, CaseReviewStore store) {
        this.access = access;
        this.reviews = reviews;
        this.store = store;
    }

    /**
     * For {@code @PreAuthorize}: true if the signed-in person may see case review {@code id}; 404
     * (logged) for anyone else and for no such review.
     */
    public boolean seesCaseReview(long id) {
        caseReview(id, access.person());
        return true;
    }

    /** For {@code @PreAuthorize} and action sources: whether the signed-in person is named on the panel of case review {@code id}. */
    public boolean onPanel(long id) {
        return access.current().map(p -> store.onPanel(id, p.id())).orElse(false);
    }

    boolean sees(CaseReview review, CurrentPerson person) {
        return reviews.sees(person) || reviews.onPanel(review.id(), person);
    }

    /** Records findings and milestones on the review: the business unit and its panel. */
    boolean contributesTo(CaseReview review, CurrentPerson person) {
        return reviews.manages(person) || reviews.onPanel(review.id(), person);
    }

    /** Case review {@code id} if the person may see it; otherwise 404, as if it did not exist. */
    CaseReview caseReview(long id, CurrentPerson person) {
        var review = store.find(id).orElseThrow(() -> access.hidden("case review " + id));
        if (!sees(review, person)) throw access.hidden("case review " + review.reference());
        return review;
    }

    /** The review, if this person may change it; 404 if they may not even see it, 403 (logged) if they may only read it. */
    CaseReview manageableCaseReview(long id, CurrentPerson person) {
        var review = caseReview(id, person);
        if (!reviews.manages(person)) throw access.refuse("change case review " + review.reference());
        return review;
    }

    /** The review, if this person may record findings and milestones on it (business unit or panel); 404 or 403 otherwise. */
    CaseReview contributableCaseReview(long id, CurrentPerson person) {
        var review = caseReview(id, person);
        if (!contributesTo(review, person)) throw access.refuse("record on case review " + review.reference());
        return review;
    }
}
