package app.lantern.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.lantern.LanternIntegrationTest;
import app.lantern.web.Browser;

/** The calculator and the administration pages in Chromium, with axe (WCAG 2.2 AA) on every page. */
@LanternIntegrationTest
class WorkingDaysBrowserIT {

    @LocalServerPort int port;

    @Test
    void a_member_works_out_a_rapid_review_deadline_over_christmas() throws Exception {
        try (var browser = new Browser(port)) {
            browser.signIn("member@eastmere.example", "demo");
            browser.open("/working-days");
            assertThat(browser.heading()).isEqualTo("Work out a deadline in working days");

            browser.submit();
            assertThat(browser.driver().getTitle()).startsWith("Error: ");
            browser.driver().findElement(By.cssSelector(".govuk-error-summary a[href='#startDay']")).click();
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("startDay");

            browser.type("startDay", "22");
            browser.type("startMonth", "12");
            browser.type("startYear", "2023");
            browser.click("rule-RAPID_REVIEW");
            browser.submit();
            assertThat(browser.text("#result h2")).isEqualTo("Deadline: Wednesday 17 January 2024");
            assertThat(browser.text("#holidays-skipped")).contains("Monday 25 December 2023: Christmas Day",
                    "Monday 1 January 2024: New Year's Day");
            browser.driver().findElement(By.cssSelector("#result summary")).click();
            assertThat(browser.text("#counted-days")).contains("Wednesday 17 January 2024");
            browser.assertAccessible();
            browser.screenshot(Path.of("target", "screenshots", "working-days.png"));

            browser.type("startYear", "2027");
            browser.submit();
            assertThat(browser.text("#start-error")).contains("Bank holidays for 2028 are not loaded");
        }
    }

    @Test
    void the_administration_pages_are_accessible() throws Exception {
        try (var browser = new Browser(port)) {
            browser.signIn("admin@eastmere.example", "demo");
            browser.open("/admin/bank-holidays?year=2023");
            assertThat(browser.text("#holidays")).contains("Bank holiday for the coronation of King Charles III");
            browser.clickLink("Add a year of bank holidays");
            browser.type("lines", "2188-01-01 New Year's Day\n2188-01-05 A Saturday");
            browser.submit();
            browser.screenshot(Path.of("target", "screenshots", "bank-holiday-year-errors.png"));
            assertThat(browser.text("#line-problems")).as(browser.text("main")).contains("Line 2: 2188-01-05 is a Saturday");
            browser.open("/admin/bank-holidays/new");
            browser.submit();
            assertThat(browser.driver().getTitle()).startsWith("Error: ");
            browser.open("/admin/timescales");
            browser.open("/admin/timescales/RAPID_REVIEW/edit");
            assertThat(browser.heading()).isEqualTo("Change a timescale rule");
        }
    }
}
