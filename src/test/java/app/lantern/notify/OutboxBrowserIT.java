package app.lantern.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.lantern.LanternIntegrationTest;
import app.lantern.web.Browser;

/** The administrator reads the outbox in Chromium, with axe (WCAG 2.2 AA) on each page. */
@LanternIntegrationTest
class OutboxBrowserIT {

    @LocalServerPort int port;
    @Autowired Mailer mailer;

    @Test
    void an_administrator_opens_the_outbox_and_reads_an_email() throws Exception {
        String subject = "Your actions this week: 1 overdue " + System.nanoTime() % 100_000;
        mailer.send(new OutgoingEmail("browser.reader@test.example", "Rory O'Brien", subject,
                "Dear Rory O'Brien,\n\nOverdue (1)\n\nA-0042: Refresh the neglect toolkit\nDue: 5 March 2024 (6 days overdue)\n"
                        + "http://localhost:8080/actions/42\n\nEastmere Safeguarding Children Partnership\n"));
        try (var browser = new Browser(port)) {
            browser.signIn("admin@eastmere.example", "demo");
            browser.clickLink("Outbox");
            assertThat(browser.heading()).isEqualTo("Outbox");
            assertThat(browser.text("table caption")).isEqualTo("Emails, newest first");
            browser.screenshot(Path.of("target", "screenshots", "outbox.png"));

            browser.clickLink(subject);
            assertThat(browser.heading()).isEqualTo(subject);
            assertThat(browser.text("main")).contains("Rory O'Brien <browser.reader@test.example>", "A-0042: Refresh the neglect toolkit");
            browser.screenshot(Path.of("target", "screenshots", "outbox-email.png"));

            browser.clickLink("Outbox");
            browser.submit();
            assertThat(browser.currentPath()).isEqualTo("/admin/outbox");
            assertThat(browser.text(".govuk-notification-banner--success")).isNotBlank();
        }
    }
}
