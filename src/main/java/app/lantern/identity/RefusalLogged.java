package app.lantern.identity;

import org.springframework.security.access.AccessDeniedException;

/**
 * A refusal {@link Access} has already written to the activity log, so the security layer's
 * access-denied handler does not write it a second time.
 */
final class RefusalLogged extends AccessDeniedException {

    RefusalLogged(String what) {
        super(what);
    }
}
