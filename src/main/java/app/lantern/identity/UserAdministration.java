package app.lantern.identity;

import app.lantern.shared.Role;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, changing and deactivating accounts. Called by the administrator's pages and by the
 * demo data loader. Every change is written to the activity log; deactivating an account also
 * ends its sessions on every instance.
 */
@Service
public class UserAdministration {

    /** NCSC advice: length over complexity rules. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final ActivityLog activityLog;
    private final Clock clock;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    UserAdministration(UserRepository users, PasswordEncoder encoder, ActivityLog activityLog, Clock clock,
            FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.users = users;
        this.encoder = encoder;
        this.activityLog = activityLog;
        this.clock = clock;
        this.sessions = sessions;
    }

    /** What an administrator enters for an account. */
    public record AccountDetails(String email, String fullName, String jobTitle, Long organisationId, Set<Role> roles) {
    }

    public static class EmailAlreadyUsed extends RuntimeException {
        EmailAlreadyUsed() {
            super("An account with this email address already exists");
        }
    }

    @Transactional
    public long create(AccountDetails details, String password) {
        return create(details, encoder.encode(password), false);
    }

    /** For demo data: the hash is computed once and shared, and the account is listed on the sign-in page if asked. */
    @Transactional
    public long createWithHash(AccountDetails details, String passwordHash, boolean listedOnSignIn) {
        return create(details, passwordHash, listedOnSignIn);
    }

    public String hash(String password) {
        return encoder.encode(password);
    }

    private long create(AccountDetails details, String hash, boolean listed) {
        String email = details.email().strip();
        if (users.findByEmailIgnoringCase(email).isPresent()) throw new EmailAlreadyUsed();
        var user = new User();
        apply(user, details);
        user.email = email;
        user.passwordHash = hash;
        user.listedOnSignIn = listed;
        user.createdAt = clock.instant();
        users.save(user);
        activityLog.recordChange(ActivityAction.CREATED, "User", user.id, "Created account " + email, null, user.describe());
        return user.id;
    }

    @Transactional
    public void update(long id, long expectedVersion, AccountDetails details) {
        var user = load(id, expectedVersion);
        String email = details.email().strip();
        users.findByEmailIgnoringCase(email).filter(other -> !other.id.equals(id)).ifPresent(other -> {
            throw new EmailAlreadyUsed();
        });
        String before = user.describe();
        boolean rolesChanged = !user.roleSet().equals(details.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(details.roles()));
        apply(user, details);
        user.email = email;
        users.save(user);
        activityLog.recordChange(ActivityAction.CHANGED, "User", id, "Changed account " + email, before, user.describe());
        if (rolesChanged) endSessions(email);
    }

    @Transactional
    public void setActive(long id, long expectedVersion, boolean active) {
        var user = load(id, expectedVersion);
        if (user.active == active) return;
        String before = user.describe();
        user.active = active;
        if (active) user.recordSuccess();
        users.save(user);
        activityLog.recordChange(active ? ActivityAction.REACTIVATED : ActivityAction.DEACTIVATED, "User", id,
                (active ? "Reactivated account " : "Deactivated account ") + user.email, before, user.describe());
        if (!active) endSessions(user.email);
    }

    @Transactional
    public void setPassword(long id, long expectedVersion, String password) {
        var user = load(id, expectedVersion);
        user.passwordHash = encoder.encode(password);
        user.recordSuccess();
        users.save(user);
        activityLog.recordChange(ActivityAction.CHANGED, "User", id, "Set a new password for " + user.email, null, null);
    }

    /** False only on a brand-new database. */
    @Transactional(readOnly = true)
    public boolean anyAccountExists() {
        return users.count() > 0;
    }

    @Transactional(readOnly = true)
    public List<AccountView> all() {
        return users.findAllByName().stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public java.util.Optional<AccountView> find(long id) {
        return users.findById(id).map(this::view);
    }

    /** An account as the administrator's pages show it. */
    public record AccountView(long id, String email, String fullName, String jobTitle, Long organisationId,
            Set<Role> roles, boolean active, boolean locked, long version) {
    }

    private AccountView view(User u) {
        return new AccountView(u.id, u.email, u.fullName, u.jobTitle, u.organisationId, u.roleSet(), u.active,
                u.lockedAt(clock.instant()), u.version);
    }

    private User load(long id, long expectedVersion) {
        var user = users.findById(id).orElseThrow(() -> new java.util.NoSuchElementException("No user " + id));
        if (user.version != expectedVersion) {
            throw new OptimisticLockingFailureException("User " + id + " was changed by someone else");
        }
        return user;
    }

    private static void apply(User user, AccountDetails d) {
        user.fullName = d.fullName().strip();
        user.jobTitle = d.jobTitle() == null || d.jobTitle().isBlank() ? null : d.jobTitle().strip();
        user.organisationId = d.organisationId();
        user.grant(d.roles());
    }

    /** Signs the person out everywhere, so new roles or deactivation take effect at once. */
    private void endSessions(String email) {
        sessions.findByPrincipalName(email).keySet().forEach(sessions::deleteById);
    }
}
