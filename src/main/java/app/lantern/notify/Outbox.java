package app.lantern.notify;

import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import app.lantern.identity.ActivityLog;
import app.lantern.identity.CurrentPerson;
import app.lantern.shared.Role;
import app.lantern.shared.PageOf;

/**
 * Administrators read the outbox: every email Lantern wrote, sent or not. Emails name people and
 * their actions, so nobody else may, whatever the URL rules say.
 */
@Service
@Transactional(readOnly = true)
class Outbox {

    private final OutboxStore store;
    private final ActivityLog activity;
    private final Mailer mailer;
    private final Environment environment;

    Outbox(OutboxStore store, ActivityLog activity, Mailer mailer, Environment environment) {
        this.store = store;
        this.activity = activity;
        this.mailer = mailer;
        this.environment = environment;
    }

    PageOf<StoredEmail> page(CurrentPerson person, int page) {
        check(person, "the outbox");
        return store.page(page);
    }

    StoredEmail email(CurrentPerson person, long id) {
        check(person, "email " + id + " in the outbox");
        return store.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The mail server emails go to, or null when none is configured. */
    String mailServer() {
        if (!mailer.mailServerConfigured()) return null;
        String host = environment.getProperty("spring.mail.host");
        return host == null || host.isBlank() ? "the configured mail server" : host.strip();
    }

    private void check(CurrentPerson person, String what) {
        if (person == null || !person.has(Role.ADMINISTRATOR)) {
            activity.recordDenied("Refused " + what + ": administrators only");
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
