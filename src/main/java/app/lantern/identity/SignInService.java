package app.lantern.identity;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for sign-in and applies the throttle: five failures in a row lock an account for
 * fifteen minutes; a success clears the count. Every attempt is written to the activity log.
 */
@Service
class SignInService implements UserDetailsService {

    private final UserRepository users;
    private final ActivityLog activityLog;
    private final Clock clock;
    private final OrganisationDirectory organisations;

    SignInService(UserRepository users, ActivityLog activityLog, Clock clock, OrganisationDirectory organisations) {
        this.users = users;
        this.activityLog = activityLog;
        this.clock = clock;
        this.organisations = organisations;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        var user = users.findByEmailIgnoringCase(email == null ? "" : email.trim())
                .orElseThrow(() -> new UsernameNotFoundException("No account"));
        // The organisation's name is read once here, not on every page the person opens.
        String organisationName = user.organisationId == null ? null : organisations.nameOf(user.organisationId).orElse(null);
        return new SignedInUser(user.id, user.email, user.fullName, user.organisationId, organisationName, user.roleSet(),
                user.passwordHash, user.active, user.lockedAt(clock.instant()));
    }

    /** Whether the account with this email is locked now (for the sign-in page's message). */
    @Transactional(readOnly = true)
    boolean isLocked(String email) {
        return email != null && users.findByEmailIgnoringCase(email.trim()).map(u -> u.lockedAt(clock.instant())).orElse(false);
    }

    @EventListener
    @Transactional
    void onSuccess(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof SignedInUser principal)) return;
        users.findById(principal.id()).ifPresent(user -> {
            if (user.failedAttempts != 0 || user.lockedUntil != null) {
                user.recordSuccess();
                users.save(user);
            }
        });
        activityLog.recordSignIn(ActivityAction.SIGNED_IN, principal.id(), principal.email(), "Signed in");
    }

    @EventListener
    @Transactional
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String email = String.valueOf(event.getAuthentication().getPrincipal());
        var found = users.findByEmailIgnoringCase(email.trim());
        if (event instanceof AuthenticationFailureLockedEvent) {
            activityLog.recordSignIn(ActivityAction.SIGN_IN_LOCKED, found.map(u -> u.id).orElse(null), clip(email),
                    "Sign-in refused: account locked after repeated failures");
            return;
        }
        found.ifPresentOrElse(user -> {
            boolean lockedNow = user.recordFailure(clock.instant());
            users.save(user);
            activityLog.recordSignIn(ActivityAction.SIGN_IN_FAILED, user.id, user.email,
                    lockedNow ? "Wrong password; account locked for 15 minutes" : "Wrong password or inactive account");
        }, () -> activityLog.recordSignIn(ActivityAction.SIGN_IN_FAILED, null, clip(email), "No account with this email"));
    }

    private static String clip(String s) {
        return s.length() > 254 ? s.substring(0, 254) : s;
    }
}
