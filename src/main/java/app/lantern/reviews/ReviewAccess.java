package app.lantern.reviews;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import app.lantern.identity.ActivityLog;
import app.lantern.identity.CurrentPerson;
import app.lantern.shared.Role;

/**
 * Who may see and change restricted review material (notifications, rapid reviews and, with
 * their own additions, case reviews). Anyone else gets 404 on such a record's URLs, so its
 * existence is not revealed; every read of a restricted record is written to the activity log.
 */
@Component
class ReviewAccess {

    private final ActivityLog activity;

    ReviewAccess(ActivityLog activity) {
        this.activity = activity;
    }

    /**
     * The business unit and partner leads see restricted review material, case reviews and draft
     * briefings (administrators do not, by that role alone). The one place this rule is written.
     */
    static boolean seesRestricted(CurrentPerson person) {
        return person != null && person.passes(app.lantern.shared.Rule.SEES_REVIEWS);
    }

    /** Only the business unit records and changes it. The one place this rule is written. */
    static boolean changesRestricted(CurrentPerson person) {
        return person != null && person.has(Role.BUSINESS_UNIT);
    }

    boolean canSeeRestricted(CurrentPerson person) {
        return seesRestricted(person);
    }

    boolean canChange(CurrentPerson person) {
        return changesRestricted(person);
    }

    /** 404 unless the person may see restricted material. */
    void requireSee(CurrentPerson person) {
        if (!canSeeRestricted(person)) throw notFound();
    }

    /**
     * 404 for those who may not see the material at all; 403 (logged) for those who may see it
     * but not change it.
     */
    void requireChange(CurrentPerson person, String what) {
        requireSee(person);
        if (!canChange(person)) {
            activity.recordDenied(what);
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    /** Writes the read of a restricted record to the activity log (in its own transaction). */
    void recordRead(String recordType, long id, String summary) {
        activity.recordRestrictedRead(recordType, id, summary);
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
