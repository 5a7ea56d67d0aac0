package app.lantern.reviews;

import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import app.lantern.identity.Access;
import app.lantern.identity.CurrentPerson;
import app.lantern.shared.Rule;

/**
 * Who may see and change review material, built on identity's {@link Access} and the named rules.
 * Restricted material (notifications, rapid reviews, case reviews, draft briefings) is
 * {@link Rule#SEES_REVIEWS seen} by the business unit and partner leads; to anyone else it does not
 * exist (404), so its existence is not revealed. Only those who {@link Rule#MANAGES_REVIEWS manage
 * reviews} change it; an agency lead answers their own agency's requests for summaries. A person
 * who may see a record but not make a change gets 403. Refusals and every read of a restricted
 * record are logged, through {@link Access}. A case review's panel is also let in:
 * {@link CaseReviewAccess} decides that.
 *
 * <p>The {@code @PreAuthorize} expressions handlers use are all here. They put the hiding first, so
 * a handler that changes a record answers 404 to the same people its page does, then the named
 * rule. The public methods are for those expressions ({@code @reviewAccess}); services ask the
 * package-private ones for the record or a refusal.
 */
@Component("reviewAccess")
class ReviewAccess {

    /** Notifications and rapid reviews are hidden (404) from those who may not see review material. */
    static final String SEES_MATERIAL = "@reviewAccess.seesMaterial()";
    /** Changing notifications, rapid reviews and their requests. */
    static final String MANAGES_MATERIAL = SEES_MATERIAL + " and " + Rule.Allowed.MANAGES_REVIEWS;
    /** Changing a case review: 404 unless the person may see review {@code #id}, then the named rule. */
    static final String MANAGES_CASE_REVIEW = "@caseReviewAccess.seesCaseReview(#id) and " + Rule.Allowed.MANAGES_REVIEWS;
    /** Findings and milestones of case review {@code #id}: the business unit or the review's panel. */
    static final String CONTRIBUTES_TO_CASE_REVIEW = "@caseReviewAccess.seesCaseReview(#id) and ("
            + Rule.Allowed.MANAGES_REVIEWS + " or @caseReviewAccess.onPanel(#id))";
    /**
     * A summary of involvement: an agency lead (the service then lets them answer only their own
     * agency's request, 404 for others'), or the business unit on the agency's behalf.
     */
    static final String ANSWERS_REQUESTS = "@reviewAccess.seesRequests() and (" + Rule.Allowed.LEADS_AN_AGENCY + " or "
            + Rule.Allowed.MANAGES_REVIEWS + ")";

    private final Access access;
    private final CaseReviewStore caseReviews;

    ReviewAccess(Access access, CaseReviewStore caseReviews) {
        this.access = access;
        this.caseReviews = caseReviews;
    }

    /** Sees restricted review material: every notification, rapid review and case review, and draft briefings. */
    boolean sees(CurrentPerson person) {
        return person != null && person.passes(Rule.SEES_REVIEWS);
    }

    /** Records and changes review material and briefings. */
    boolean manages(CurrentPerson person) {
        return person != null && person.passes(Rule.MANAGES_REVIEWS);
    }

    /** Whether this person is named on the panel of case review {@code reviewId}. */
    boolean onPanel(long reviewId, CurrentPerson person) {
        return person != null && caseReviews.onPanel(reviewId, person.id());
    }

    /**
     * Whether this person may open the review a briefing is about: pages link to it only then, and
     * otherwise name it, since a briefing is read by people who may not see review material.
     */
    boolean opensSubject(BriefingSubject kind, Long subjectId, CurrentPerson person) {
        if (subjectId == null) return false;
        return switch (kind) {
            case CASE_REVIEW -> sees(person) || onPanel(subjectId, person);
            case RAPID_REVIEW -> sees(person);
            case AUDIT, OTHER -> false;
        };
    }

    /** True for those who may see review material; 404 (logged) for anyone else. */
    public boolean seesMaterial() {
        if (!access.allows(Rule.SEES_REVIEWS)) throw access.hidden("review material");
        return true;
    }

    /** True for those who may see requests for summaries (review material, or an agency lead their agency's); 404 for anyone else. */
    public boolean seesRequests() {
        if (!access.allows(Rule.SEES_REVIEWS) && !access.allows(Rule.LEADS_AN_AGENCY)) throw access.hidden("request for a summary");
        return true;
    }

    /** Goes on if the person may see review material; 404 (logged) otherwise. */
    void requireSee(CurrentPerson person, String what) {
        if (!sees(person)) throw access.hidden(what);
    }

    /** Goes on if the person manages reviews: 404 for those who may not see the material at all, 403 (logged) for readers. */
    void requireChange(CurrentPerson person, String what) {
        requireSee(person, what);
        requireManages(person, what);
    }

    /** Goes on if the person manages reviews; 403 (logged) otherwise. For what is not hidden: briefings, learning, review types. */
    void requireManages(CurrentPerson person, String what) {
        if (!manages(person)) throw access.refuse(what);
    }

    /** The restricted record, if it exists and the person may see it (404 otherwise); the read is logged. */
    <T> T shown(CurrentPerson person, Optional<T> record, String recordType, long id, Function<T, String> reading) {
        requireSee(person, recordType + " " + id);
        var found = record.orElseThrow(() -> access.hidden(recordType + " " + id));
        access.restrictedRead(recordType, id, reading.apply(found));
        return found;
    }

    /** The restricted record, if it exists and the person may change it (404 or 403 otherwise); the read is logged. */
    <T> T forChange(CurrentPerson person, Optional<T> record, String recordType, long id, Function<T, String> reading) {
        requireChange(person, "change " + recordType + " " + id);
        return shown(person, record, recordType, id, reading);
    }

    /** The restricted record the person may change (404 or 403 otherwise), for a write: not logged as a read. */
    <T> T changeable(CurrentPerson person, Optional<T> record, String what) {
        requireChange(person, what);
        return record.orElseThrow(() -> access.hidden(what));
    }

    /** A record that is missing, or that the person may not know exists: 404, logged. */
    RuntimeException hidden(String what) {
        return access.hidden(what);
    }

    /** Writes the read of a restricted record to the activity log. */
    void read(String recordType, long id, String summary) {
        access.restrictedRead(recordType, id, summary);
    }
}
