package app.lantern.identity;

import app.lantern.shared.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A person who can sign in: the identity aggregate. */
@Table("app_user")
class User {

    static final int MAX_FAILED_ATTEMPTS = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @Id
    Long id;
    String email;
    String fullName;
    String jobTitle;
    Long organisationId;
    String passwordHash;
    boolean active = true;
    int failedAttempts;
    Instant lockedUntil;
    boolean listedOnSignIn;
    Instant createdAt;
    @Version
    Long version;
    @MappedCollection(idColumn = "app_user")
    Set<RoleGrant> roles = new HashSet<>();

    Set<Role> roleSet() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class)
                : roles.stream().map(RoleGrant::role).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    void grant(Set<Role> wanted) {
        roles = wanted.stream().map(RoleGrant::new).collect(Collectors.toSet());
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failed sign-in; the fifth in a row locks the account for fifteen minutes. */
    boolean recordFailure(Instant now) {
        if (lockedAt(now)) return true;
        failedAttempts++;
        if (failedAttempts >= MAX_FAILED_ATTEMPTS) {
            lockedUntil = now.plus(LOCK_DURATION);
            failedAttempts = 0;
            return true;
        }
        return false;
    }

    void recordSuccess() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    PersonSummary summary() {
        return new PersonSummary(id, fullName, email, jobTitle, organisationId, active);
    }

    String describe() {
        return "email=" + email + "; name=" + fullName + "; job title=" + (jobTitle == null ? "" : jobTitle)
                + "; organisation=" + organisationId + "; roles=" + roleSet() + "; active=" + active;
    }

    @Table("app_user_role")
    record RoleGrant(Role role) {
    }
}
