package app.lantern.identity;

import java.time.Clock;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way every module records what happened. A change is written in the same transaction
 * as the change itself, so a rolled-back change leaves no entry; reads and refusals are written
 * in their own transaction, so they are kept even when the request then fails.
 */
@Service
public class ActivityLog {

    private static final int MAX_SUMMARY = 1000;

    private final ActivityLogStore store;
    private final Clock clock;

    ActivityLog(ActivityLogStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** A record was created, changed, deactivated or imported by the signed-in person. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordChange(ActivityAction action, String recordType, Object recordId, String summary,
            String before, String after) {
        write(action, recordType, recordId, summary, before, after);
    }

    /**
     * The signed-in person opened a restricted record (a LADO case, case review material).
     * Every module with restricted records calls this from the service method that returns one.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRestrictedRead(String recordType, Object recordId, String summary) {
        write(ActivityAction.VIEWED_RESTRICTED, recordType, recordId, summary, null, null);
    }

    /** The signed-in person was refused something they asked for by URL. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordDenied(String what) {
        write(ActivityAction.ACCESS_DENIED, null, null, what, null, null);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordSignIn(ActivityAction action, Long userId, String email, String summary) {
        store.insert(clock.instant(), userId, email, action, null, null, truncate(summary), null, null);
    }

    private void write(ActivityAction action, String recordType, Object recordId, String summary, String before, String after) {
        Long actorId = null;
        String actorEmail = null;
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedInUser user) {
            actorId = user.id();
            actorEmail = user.email();
        }
        store.insert(clock.instant(), actorId, actorEmail, action, recordType, recordId == null ? null : recordId.toString(),
                truncate(summary), before, after);
    }

    private static String truncate(String s) {
        if (s == null) return "";
        return s.length() <= MAX_SUMMARY ? s : s.substring(0, MAX_SUMMARY - 1) + "…";
    }
}
