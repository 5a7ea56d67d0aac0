package app.lantern.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.lantern.LanternIntegrationTest;
import app.lantern.web.Browser;

/**
 * The foundation's main journey in Chromium, with axe (WCAG 2.2 AA) on every page it visits:
 * the business unit signs in, adds an organisation (first with a mistake), sets up a group with
 * a member representing it, records a meeting's attendance and sees the attendance rate.
 */
@LanternIntegrationTest
class PartnershipJourneyBrowserIT {

    @LocalServerPort int port;

    @Test
    void business_unit_adds_an_organisation_records_attendance_and_sees_the_rate() throws Exception {
        String organisation = "Westgate Youth Trust " + System.nanoTime() % 100_000;
        try (var browser = new Browser(port)) {
            browser.signIn("business.unit@eastmere.example", "demo");

            browser.clickLink("Organisations");
            browser.clickLink("Add an organisation");
            browser.submit();
            assertThat(browser.driver().getTitle()).startsWith("Error: ");
            assertThat(browser.text(".govuk-error-summary")).contains("There is a problem");
            browser.driver().findElement(By.cssSelector(".govuk-error-summary a[href='#name']")).click();
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("name");

            browser.type("name", organisation);
            browser.choose("type", "Charity");
            browser.choose("sector", "Voluntary, community and faith");
            browser.type("town", "Eastmere");
            browser.submit();
            assertThat(browser.heading()).isEqualTo(organisation);
            assertThat(browser.text(".govuk-notification-banner__heading")).isEqualTo("Organisation added");

            browser.open("/committees");
            browser.clickLink("Add a committee");
            String committee = "Youth Voice Group " + organisation.substring(organisation.length() - 5).strip();
            browser.type("name", committee);
            browser.click("kind");
            browser.type("purpose", "Brings young people's views to the partnership.");
            browser.type("startDay", "1");
            browser.type("startMonth", "4");
            browser.type("startYear", "2025");
            browser.submit();
            assertThat(browser.heading()).isEqualTo(committee);

            browser.clickLink("Add a member");
            browser.choose("personId", "Delyth Marwood, Partnership manager");
            browser.choose("organisationId", organisation);
            browser.click("role");
            browser.type("startDay", "1");
            browser.type("startMonth", "4");
            browser.type("startYear", "2025");
            browser.submit();
            assertThat(browser.text("main")).contains("Delyth Marwood", organisation);

            browser.clickLink("Schedule a meeting");
            browser.type("dateDay", "10");
            browser.type("dateMonth", "6");
            browser.type("dateYear", "2025");
            browser.type("startsAt", "10:00");
            browser.type("endsAt", "12:00");
            browser.type("agenda", "Welcome\nWhat young people told us");
            browser.submit();
            assertThat(browser.text("main")).contains("What young people told us");

            browser.clickLink("Record attendance");
            browser.driver().findElement(By.cssSelector("input[type=radio][value=PRESENT]")).click();
            browser.submit();
            assertThat(browser.text("main")).contains("Present");

            browser.open("/attendance?year=2025-26");
            assertThat(browser.text("main li")).contains(organisation + " — 100%");
            browser.screenshot(Path.of("target", "screenshots", "attendance.png"));
        }
    }
}
