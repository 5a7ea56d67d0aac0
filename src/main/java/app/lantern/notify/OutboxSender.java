package app.lantern.notify;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * Hands queued emails to the mail server, one transaction per email: the row is locked while it
 * is sent (another instance skips it) and marked sent, or failed with the server's answer and
 * tried again later ({@value #MAX_ATTEMPTS} tries in all, waiting 1, 4, 16 and 64 minutes).
 * An email still queued after {@link #MAX_AGE} (the mail server was down or removed for a week) is
 * not sent at all: a week-old digest would mislead. Without a mail server it does nothing; the
 * {@link Mailer} has already kept those emails as not sent.
 */
@Component
class OutboxSender {

    static final int MAX_ATTEMPTS = 5;
    static final Duration MAX_AGE = Duration.ofDays(7);
    static final String TOO_OLD = "Waited more than 7 days for the mail server, so not sent";
    /** Emails sent per run at most, so one run cannot hold the scheduler for long. */
    static final int BATCH = 100;

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxStore outbox;
    private final TransactionTemplate transactions;
    private final ObjectProvider<JavaMailSender> mailServer;
    private final Clock clock;
    private final InternetAddress from;

    OutboxSender(OutboxStore outbox, TransactionTemplate transactions, ObjectProvider<JavaMailSender> mailServer, Clock clock,
            @Value("${lantern.mail.from:Lantern <lantern@localhost>}") String from) {
        this.outbox = outbox;
        this.transactions = transactions;
        this.mailServer = mailServer;
        this.clock = clock;
        this.from = sender(from);
    }

    /** The sender address is checked at start-up: a wrong one would otherwise fail every email. */
    private static InternetAddress sender(String from) {
        try {
            var address = new InternetAddress(from == null ? "" : from.strip(), true);
            address.validate();
            return address;
        } catch (AddressException e) {
            throw new IllegalStateException("lantern.mail.from is not an email address: '" + from + "' (" + e.getMessage() + ")");
        }
    }

    @Scheduled(initialDelayString = "${lantern.mail.send-every:PT30S}", fixedDelayString = "${lantern.mail.send-every:PT30S}")
    void onSchedule() {
        sendDue();
    }

    /** Sends what is due; returns how many emails it dealt with (sent, failed or given up). */
    int sendDue() {
        var server = mailServer.getIfAvailable();
        if (server == null) return 0;
        int handled = 0;
        while (handled < BATCH && Boolean.TRUE.equals(transactions.execute(tx -> sendNext(server)))) handled++;
        return handled;
    }

    private boolean sendNext(JavaMailSender server) {
        Instant now = clock.instant();
        var next = outbox.lockNextDue(now);
        if (next.isEmpty()) return false;
        var email = next.get();
        if (email.createdAt().isBefore(now.minus(MAX_AGE))) {
            outbox.markExpired(email.id(), TOO_OLD);
            return true;
        }
        try {
            server.send(mime -> {
                var message = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
                message.setFrom(from);
                message.setTo(address(email.toAddress(), email.toName()));
                message.setSubject(email.subject());
                message.setText(email.body(), false);
            });
            outbox.markSent(email.id(), clock.instant());
        } catch (MailException e) {
            int attempts = email.attempts() + 1;
            // an address that cannot be written into a message will not get better by waiting
            boolean hopeless = e instanceof MailPreparationException || e instanceof MailParseException;
            Instant retry = hopeless || attempts >= MAX_ATTEMPTS ? null : clock.instant().plus(Duration.ofMinutes((long) Math.pow(4, attempts - 1)));
            log.warn("Email {} to the mail server failed (try {} of {}): {}", email.id(), attempts, MAX_ATTEMPTS, e.getMessage());
            outbox.markAttemptFailed(email.id(), describe(e), retry);
        }
        return true;
    }

    private static InternetAddress address(String address, String name) throws MessagingException {
        try {
            if (name == null) {
                var parsed = new InternetAddress(address, true);
                parsed.validate();
                return parsed;
            }
            var parsed = new InternetAddress(address, name, StandardCharsets.UTF_8.name());
            parsed.validate();
            return parsed;
        } catch (UnsupportedEncodingException e) {
            throw new AddressException(e.getMessage());
        }
    }

    private static String describe(MailException e) {
        var cause = e.getMostSpecificCause();
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.strip();
    }
}
