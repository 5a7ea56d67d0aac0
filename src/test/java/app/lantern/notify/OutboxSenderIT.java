package app.lantern.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

import app.lantern.LanternIntegrationTest;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * The SMTP path, with a mail server that lives in this test (no network): queued emails are
 * handed over and marked sent; a refusal is tried again later and given up after five tries;
 * an email that waited a week is not sent at all.
 */
@LanternIntegrationTest
class OutboxSenderIT {

    @Autowired OutboxStore store;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    /** A mail server that records what it is given, or refuses everything while {@code refusing}. */
    static final class FakeMailServer extends JavaMailSenderImpl {
        final List<MimeMessage> accepted = new ArrayList<>();
        boolean refusing;

        @Override
        protected void doSend(MimeMessage[] messages, Object[] originals) {
            if (refusing) throw new MailSendException("421 Service not available, closing transmission channel");
            accepted.addAll(List.of(messages));
        }
    }

    /** A clock the test moves on. */
    static final class TestClock extends Clock {
        Instant now = app.lantern.support.FixedClockConfiguration.TODAY.toInstant();

        @Override public ZoneId getZone() { return ZoneId.of("Europe/London"); }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    final FakeMailServer server = new FakeMailServer();
    final TestClock clock = new TestClock();

    Mailer mailer() {
        return new Mailer(store, provider(server), clock);
    }

    OutboxSender sender() {
        return new OutboxSender(store, transactions, provider(server), clock, "Eastmere Partnership <lantern@eastmere.example>");
    }

    private static org.springframework.beans.factory.ObjectProvider<JavaMailSender> provider(JavaMailSender server) {
        var beans = new StaticListableBeanFactory();
        beans.addBean("mailSender", server);
        return beans.getBeanProvider(JavaMailSender.class);
    }

    @Test
    void with_a_mail_server_an_email_is_queued_then_sent_and_marked_sent() throws Exception {
        String to = unique("sent");
        long id = transactions.execute(tx -> mailer().send(new OutgoingEmail(to, "Agnieszka Wróbel", "Your actions this week: 1 overdue",
                "Dear Agnieszka Wróbel,\n\nA-0042: Łódź visit\n")));
        assertThat(status(id)).isEqualTo("QUEUED");

        sender().sendDue();

        assertThat(status(id)).isEqualTo("SENT");
        var message = server.accepted.stream().filter(m -> recipient(m).equals(to)).findFirst().orElseThrow();
        var recipientAddress = (InternetAddress) message.getRecipients(Message.RecipientType.TO)[0];
        assertThat(recipientAddress.getPersonal()).isEqualTo("Agnieszka Wróbel");
        assertThat(((InternetAddress) message.getFrom()[0]).getAddress()).isEqualTo("lantern@eastmere.example");
        assertThat(message.getSubject()).isEqualTo("Your actions this week: 1 overdue");
        assertThat(message.getContent().toString()).contains("A-0042: Łódź visit");
        assertThat(jdbc.sql("SELECT attempts FROM outbox_email WHERE id = :id").param("id", id).query(Integer.class).single()).isOne();
    }

    @Test
    void a_refused_email_is_tried_again_later_and_given_up_after_five_tries() {
        String to = unique("refused");
        long id = transactions.execute(tx -> mailer().send(new OutgoingEmail(to, null, "Try again", "Body")));
        server.refusing = true;

        sender().sendDue();
        assertThat(status(id)).isEqualTo("QUEUED");
        assertThat(column(id, "last_error")).contains("421 Service not available");
        sender().sendDue();
        assertThat(column(id, "attempts")).as("not tried again before its time").isEqualTo("1");

        for (int minutes : new int[]{1, 4, 16, 64}) {
            clock.now = clock.now.plus(Duration.ofMinutes(minutes)).plusSeconds(1);
            sender().sendDue();
        }

        assertThat(status(id)).isEqualTo("FAILED");
        assertThat(column(id, "attempts")).isEqualTo("5");
        clock.now = clock.now.plus(Duration.ofDays(1));
        server.refusing = false;
        sender().sendDue();
        assertThat(server.accepted).noneMatch(m -> recipient(m).equals(to));
    }

    @Test
    void an_email_that_waited_more_than_a_week_is_not_sent() {
        String to = unique("stale");
        long id = transactions.execute(tx -> mailer().send(new OutgoingEmail(to, null, "Last week's digest", "Body")));
        clock.now = clock.now.plus(Duration.ofDays(8));

        sender().sendDue();

        assertThat(status(id)).isEqualTo("FAILED");
        assertThat(column(id, "note")).isEqualTo("Waited more than 7 days for the mail server, so not sent");
        assertThat(server.accepted).noneMatch(m -> recipient(m).equals(to));
    }

    @Test
    void an_address_the_mail_server_could_never_take_is_given_up_at_once() {
        String to = unique("bad") .replace("@", "@@");
        long id = transactions.execute(tx -> mailer().send(new OutgoingEmail(to, null, "Bad address", "Body")));

        sender().sendDue();

        assertThat(status(id)).isEqualTo("FAILED");
        assertThat(column(id, "attempts")).isEqualTo("1");
    }

    @Test
    void a_sender_address_that_is_not_one_stops_lantern_starting_rather_than_failing_every_email() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new OutboxSender(store, transactions, provider(server), clock, "Lantern at the council"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("lantern.mail.from");
    }

    private String status(long id) {
        return column(id, "status");
    }

    private String column(long id, String column) {
        return jdbc.sql("SELECT " + column + "::text FROM outbox_email WHERE id = :id").param("id", id).query(String.class).single();
    }

    private static String recipient(MimeMessage message) {
        try {
            return ((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String unique(String prefix) {
        return prefix + "." + System.nanoTime() + "@test.example";
    }
}
