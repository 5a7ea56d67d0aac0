package app.lantern.notify;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.lantern.identity.Access;
import app.lantern.identity.CurrentPerson;
import app.lantern.shared.PageOf;
import app.lantern.shared.RecordNotFoundException;
import app.lantern.shared.Rule;

/**
 * Administrators read the outbox: every email Lantern wrote, sent or not. Emails name people and
 * their actions, so nobody else may, whatever the URL rules say.
 */
@Service
@Transactional(readOnly = true)
class Outbox {

    private final OutboxStore store;
    private final Access access;
    private final Mailer mailer;
    private final Environment environment;

    Outbox(OutboxStore store, Access access, Mailer mailer, Environment environment) {
        this.store = store;
        this.access = access;
        this.mailer = mailer;
        this.environment = environment;
    }

    PageOf<StoredEmail> page(CurrentPerson person, int page) {
        check(person, "the outbox");
        return store.page(page);
    }

    StoredEmail email(CurrentPerson person, long id) {
        check(person, "email " + id + " in the outbox");
        return store.find(id).orElseThrow(RecordNotFoundException::new);
    }

    /** The mail server emails go to, or null when none is configured. */
    String mailServer() {
        if (!mailer.mailServerConfigured()) return null;
        String host = environment.getProperty("spring.mail.host");
        return host == null || host.isBlank() ? "the configured mail server" : host.strip();
    }

    private void check(CurrentPerson person, String what) {
        if (person == null || !person.passes(Rule.ADMINISTERS)) throw access.refuse("read " + what + " (administrators only)");
    }
}
