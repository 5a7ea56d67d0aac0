package app.lantern.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.lantern.LanternIntegrationTest;
import app.lantern.web.Browser;

/**
 * From a serious incident to the rapid review's decision in Chromium, with axe (WCAG 2.2 AA) on
 * every page: the business unit records a notification and starts the rapid review; the school's
 * agency lead finds the request on the reviews dashboard and submits the school's summary; the
 * business unit records the meeting, the decision to hold a local review and the date sent to the panel.
 */
@LanternIntegrationTest
class IncidentJourneyBrowserIT {

    @LocalServerPort int port;
    @Autowired Clock clock;

    @Test
    void business_unit_notifies_agency_lead_submits_summary_business_unit_records_decision() throws Exception {
        String child = "EM-JOURNEY-" + System.nanoTime() % 100_000;
        LocalDate today = LocalDate.now(clock);
        try (var browser = new Browser(port)) {
            browser.signIn("business.unit@eastmere.example", "demo");
            browser.open("/reviews/notifications");
            browser.clickLink("Record a notification");
            browser.submit();
            assertThat(browser.text(".govuk-error-summary")).contains("Enter the child’s pseudonymised reference", "Enter the date of the incident");

            browser.type("childReference", child);
            browser.type("childInitials", "PQ");
            browser.type("ageYears", "13");
            browser.click("sex");
            browser.choose("ethnicity", "Not known");
            browser.click("lookedAfter-NO");
            date(browser, "incident", today.minusDays(4));
            date(browser, "aware", today.minusDays(3));
            date(browser, "notified", today.minusDays(1));
            browser.click("harm-SERIOUSLY_HARMED");
            browser.click("abuse-SUSPECTED");
            browser.driver().findElement(By.xpath("//label[normalize-space()='Eastmere High School']")).click();
            browser.driver().findElement(By.xpath("//label[normalize-space()='Eastmere Police']")).click();
            browser.submit();
            assertThat(browser.text(".govuk-notification-banner--success")).contains("Notification recorded");
            assertThat(browser.text("#clock")).contains("Due to the panel", "On time");

            browser.submit(); // Start the rapid review
            assertThat(browser.text(".govuk-notification-banner--success")).contains("Rapid review started");
            String reviewPath = browser.currentPath();
            assertThat(browser.text("main table")).contains("Eastmere High School", "Eastmere Police", "Requested");
            signOut(browser);

            browser.signIn("agency.lead@eastmere.example", "demo");
            browser.open("/reviews");
            browser.driver().findElement(By.xpath("//table[@id='my-requests']//tr[td[contains(., '" + child + "')]]//a")).click();
            browser.assertAccessible();
            assertThat(browser.text("#request")).contains(child, "PQ");
            browser.type("involvement", "Known to the pastoral team; two attendance concerns shared with the front door in the spring term.");
            browser.type("immediateLearning", "Attendance concerns now go to the front door the same day.");
            browser.submit();
            assertThat(browser.text(".govuk-notification-banner--success")).contains("Summary of involvement submitted");
            signOut(browser);

            browser.signIn("business.unit@eastmere.example", "demo");
            browser.open(reviewPath);
            assertThat(browser.text("main table")).contains("Submitted");
            browser.clickLink("Record meeting, decision and panel");
            date(browser, "meeting", today);
            browser.type("findings", "Attendance concerns were not joined up with the police's missing reports.");
            browser.click("decision"); // the first choice: hold a local review
            date(browser, "sent", today);
            browser.submit();
            assertThat(browser.text(".govuk-notification-banner--success")).contains("Rapid review updated");
            assertThat(browser.text("#outcome")).contains("Hold a local child safeguarding practice review");
            assertThat(browser.text("#clock")).contains("On time");
            assertThat(browser.driver().findElement(By.linkText("Commission the local review")).getAttribute("href"))
                    .endsWith("/reviews/cases/new?rapidReview=" + reviewPath.substring(reviewPath.lastIndexOf('/') + 1));
            browser.screenshot(Path.of("target", "screenshots", "rapid-review.png"));
            browser.open("/reviews");
        }
    }

    private static void date(Browser browser, String field, LocalDate d) {
        browser.type(field + "Day", String.valueOf(d.getDayOfMonth()));
        browser.type(field + "Month", String.valueOf(d.getMonthValue()));
        browser.type(field + "Year", String.valueOf(d.getYear()));
    }

    private static void signOut(Browser browser) {
        browser.driver().findElement(By.cssSelector("form[action='/sign-out'] button")).click();
    }
}
