package app.lantern.notify;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way any module sends an email. The email is written to the outbox in the caller's
 * transaction, so a change that rolls back sends nothing; {@link OutboxSender} delivers it after
 * the commit. When no mail server is configured, the email is kept in the outbox, marked as not
 * sent, so administrators (and the demo) can still read what Lantern would have sent.
 */
@Service
public class Mailer {

    static final String NO_MAIL_SERVER = "No mail server configured";

    private final OutboxStore outbox;
    private final ObjectProvider<JavaMailSender> mailServer;
    private final Clock clock;

    Mailer(OutboxStore outbox, ObjectProvider<JavaMailSender> mailServer, Clock clock) {
        this.outbox = outbox;
        this.mailServer = mailServer;
        this.clock = clock;
    }

    /** Sends an email (queues it for the mail server, or keeps it if there is none). Returns its outbox id. */
    @Transactional
    public long send(OutgoingEmail email) {
        return write(email, null).orElseThrow();
    }

    /**
     * Sends an email only if none was sent with the same key before, e.g. "weekly-digest:2026-03-02:42"
     * for one person's digest on one day, so that several instances running the same schedule send it
     * once. Returns false if the key was already used.
     */
    @Transactional
    public boolean sendOnce(String key, OutgoingEmail email) {
        if (key == null || key.isBlank() || key.length() > 200) throw new IllegalArgumentException("A key of 1 to 200 characters");
        return write(email, key).isPresent();
    }

    /**
     * Writes an email to the outbox that must never be sent, such as the demo partnership's
     * emails to its fictional people; {@code why} is shown with it ("Demo data: never sent").
     */
    @Transactional
    public long keep(OutgoingEmail email, String why) {
        if (why == null || why.isBlank()) throw new IllegalArgumentException("Say why the email is not sent");
        return outbox.insert(email, clock.instant(), EmailStatus.KEPT, why.strip(), null).orElseThrow();
    }

    /** Whether emails go to a mail server ({@code spring.mail.host} is set). */
    public boolean mailServerConfigured() {
        return mailServer.getIfAvailable() != null;
    }

    private java.util.Optional<Long> write(OutgoingEmail email, String key) {
        if (mailServerConfigured()) return outbox.insert(email, clock.instant(), EmailStatus.QUEUED, null, key);
        return outbox.insert(email, clock.instant(), EmailStatus.KEPT, NO_MAIL_SERVER, key);
    }
}
