package app.lantern.identity;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import app.lantern.shared.RecordNotFoundException;
import app.lantern.shared.Rule;

/**
 * The one way to decide access. {@code @PreAuthorize} asks it through {@link Rule.Allowed}
 * ({@code @access.allows('RUNS_PARTNERSHIP')}); services ask it directly. The person always
 * comes from the security context. Refusals are written to the activity log here, so no module
 * logs them by hand; each module's access component builds its record rules on these methods.
 */
@Component("access")
public class Access {

    private final ActivityLog activity;

    Access(ActivityLog activity) {
        this.activity = activity;
    }

    /** The signed-in person, if any. */
    public Optional<CurrentPerson> current() {
        return SignedInUser.fromContext().map(SignedInUser::asPerson);
    }

    /** The signed-in person; refused when nobody is signed in. */
    public CurrentPerson person() {
        return current().orElseThrow(() -> new AccessDeniedException("Nobody is signed in"));
    }

    /** Whether the signed-in person passes the rule with this name (for {@code @PreAuthorize}). */
    public boolean allows(String rule) {
        return allows(Rule.valueOf(rule));
    }

    /** Whether the signed-in person passes the rule. */
    public boolean allows(Rule rule) {
        return current().map(p -> p.passes(rule)).orElse(false);
    }

    /** Goes on if the signed-in person passes the rule; otherwise logs the refusal and answers 403. */
    public CurrentPerson require(Rule rule, String what) {
        var person = person();
        if (!person.passes(rule)) throw refuse(what);
        return person;
    }

    /** Logs a refusal to do {@code what} and returns the exception that answers 403. */
    public AccessDeniedException refuse(String what) {
        activity.recordDenied("Refused: " + what);
        return new RefusalLogged(what);
    }

    /**
     * Logs that a restricted record was asked for by someone who may not know it exists, and
     * returns the exception that answers 404 (the same page as for a record that does not exist).
     */
    public RecordNotFoundException hidden(String what) {
        activity.recordDenied("Not shown (restricted): " + what);
        return new RecordNotFoundException();
    }

    /** Writes the read of a restricted record (LADO case, case review material) to the activity log. */
    public void restrictedRead(String recordType, Object recordId, String summary) {
        activity.recordRestrictedRead(recordType, recordId, summary);
    }
}
