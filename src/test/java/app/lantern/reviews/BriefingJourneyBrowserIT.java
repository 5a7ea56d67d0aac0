package app.lantern.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.lantern.LanternIntegrationTest;
import app.lantern.web.Browser;

/**
 * In Chromium, with axe (WCAG 2.2 AA) on every page visited: the business unit writes a 7-minute
 * briefing (first with mistakes), publishes it, and someone who is not signed in finds it in the
 * public library. The learning pages are checked on the way.
 */
@LanternIntegrationTest
class BriefingJourneyBrowserIT {

    @LocalServerPort int port;

    @Test
    void business_unit_publishes_a_briefing_that_the_public_then_reads() throws Exception {
        String title = "Hearing the voice of the child " + System.nanoTime() % 100000;
        String publicPath;
        try (var browser = new Browser(port)) {
            browser.signIn("business.unit@eastmere.example", "demo");
            browser.open("/learning?year=2023-24");
            assertThat(browser.heading()).isEqualTo("Learning from reviews and audits");
            assertThat(browser.text("#total-attended")).contains("252");
            browser.open("/learning/events");
            browser.open("/learning/events/new");
            browser.open("/learning/points?year=2023-24");
            browser.open("/learning/points/new");

            browser.open("/learning/briefings");
            browser.clickLink("Write a briefing");
            assertThat(browser.heading()).isEqualTo("Write a 7-minute briefing");
            browser.type("title", title);
            browser.type("background", "x".repeat(BriefingText.MAX_SECTION + 1));
            browser.submit();
            assertThat(browser.driver().getTitle()).startsWith("Error: ");
            assertThat(browser.text(".govuk-error-summary")).contains("Select what the briefing is about",
                    "Background must be 600 characters or less", "Enter why it matters");
            browser.driver().findElement(By.cssSelector(".govuk-error-summary a[href='#background']")).click();
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("background");
            assertThat(browser.driver().findElement(By.id("title")).getAttribute("value")).isEqualTo(title);

            browser.click("subjectKind-AUDIT");
            browser.type("subjectTitle", "Audit of children's voices in plans, 2026");
            browser.type("background", "We looked at 20 plans.\n- 9 recorded the child's own words.");
            browser.type("whyItMatters", "Plans that do not hear the child miss what matters most to them.");
            browser.type("keyInformation", "Younger children and disabled children were heard least.");
            browser.type("whatToRemember", "Every child can communicate; find out how.");
            browser.type("whatToDo", "- See the child alone.\n- Record their words, not yours.");
            browser.type("questions", "- When did you last write down what a child said?");
            browser.submit();
            assertThat(browser.heading()).isEqualTo(title);
            assertThat(browser.text("#status")).isEqualTo("Draft: not public");

            browser.click("publish");
            browser.assertAccessible();
            assertThat(browser.text(".govuk-notification-banner--success")).contains("Briefing published in the public library");
            publicPath = browser.driver().findElement(By.cssSelector("#status a")).getAttribute("pathname");
            assertThat(publicPath).startsWith("/briefings/hearing-the-voice-of-the-child-");
        }

        try (var anyone = new Browser(port)) {
            anyone.open("/briefings");
            assertThat(anyone.text(".lantern-person")).isEmpty();
            anyone.type("q", "voices");
            anyone.driver().findElement(By.cssSelector("form[role=search] button")).click();
            anyone.assertAccessible();
            anyone.clickLink(title);
            assertThat(anyone.currentPath()).isEqualTo(publicPath);
            assertThat(anyone.heading()).isEqualTo(title);
            assertThat(anyone.text("main")).contains("Learning from: Audit – Audit of children's voices in plans, 2026",
                    "9 recorded the child's own words.", "6. Questions to reflect on");
            assertThat(anyone.driver().findElement(By.id("printable")).getAttribute("pathname")).isEqualTo(publicPath + ".pdf");
            anyone.screenshot(Path.of("target", "screenshots", "public-briefing.png"));
            anyone.open("/briefings/not-published-anywhere");
            assertThat(anyone.heading()).isNotEqualTo(title);
        }
    }
}
