package app.lantern.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.lantern.LanternIntegrationTest;
import app.lantern.web.Browser;

/**
 * The business plan in Chromium, with axe (WCAG 2.2 AA) on every page visited: the business unit
 * drafts a plan (first with a mistake), adds a priority, an objective and an action (first due in
 * the past); the demo plan and its progress page are read; a partner lead approves the draft.
 */
@LanternIntegrationTest
class PlanJourneyBrowserIT {

    @LocalServerPort int port;
    @Autowired PlanReader reader;
    @Autowired Clock clock;

    @Test
    void business_unit_drafts_a_plan_with_an_action_and_a_partner_lead_approves_it() throws Exception {
        try (var browser = new Browser(port)) {
            browser.signIn("business.unit@eastmere.example", "demo");

            browser.clickLink("Business plan");
            assertThat(browser.heading()).isEqualTo("Business plans");
            browser.clickLink("Create a plan");
            browser.type("title", "");
            browser.type("firstYear", "next year");
            browser.submit();
            assertThat(browser.driver().getTitle()).startsWith("Error: ");
            assertThat(browser.text(".govuk-error-summary a")).contains("Enter the plan's title", "Enter the first reporting year like 2024-25");
            browser.driver().findElement(By.cssSelector(".govuk-error-summary a[href='#title']")).click();
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("title");

            browser.type("title", "Journey plan 2190–91");
            browser.type("firstYear", "2190-91");
            browser.click("years");
            browser.submit();
            assertThat(browser.heading()).isEqualTo("Journey plan 2190–91");
            assertThat(browser.text(".govuk-inset-text")).contains("This plan is a draft");

            browser.clickLink("Add a priority");
            browser.type("title", "Protect children from exploitation");
            browser.type("whyItMatters", "Referrals for criminal exploitation doubled.");
            browser.type("lead", "Contextual Safeguarding Committee");
            browser.submit();
            assertThat(browser.text("h2")).contains("Priority 1: Protect children from exploitation");

            follow(browser, "a[href$='/objectives/new']");
            browser.type("title", "Children at risk are identified early");
            browser.type("difference", "Fewer children are drawn into exploitation.");
            browser.submit();
            assertThat(browser.text("h3")).contains("1.1 Children at risk are identified early");

            follow(browser, "a[href$='/actions/new']");
            var yesterday = LocalDate.now(clock).minusDays(1);
            browser.type("title", "Screen every referral for exploitation");
            browser.choose("ownerOrganisationId", "Eastmere Police");
            typeDate(browser, "due", yesterday);
            browser.submit();
            assertThat(browser.text(".govuk-error-summary a")).isEqualTo("Due date must be today or in the future");
            assertThat(browser.driver().findElement(By.id("title")).getAttribute("value")).isEqualTo("Screen every referral for exploitation");
            typeDate(browser, "due", LocalDate.now(clock).plusDays(40));
            browser.submit();
            assertThat(browser.text(".govuk-notification-banner--success")).contains("added to the tracker");
            assertThat(browser.text("table.lantern-actions-table tbody")).contains("Screen every referral for exploitation",
                    "Eastmere Police", "Not started", "Green");
            String planPath = browser.currentPath().replaceAll("#.*", "");

            browser.open("/plan/" + reader.planRows().stream().filter(r -> r.years().equals("2023–24")).findFirst().orElseThrow().id());
            assertThat(browser.text(".govuk-tag--red")).contains("Red");
            browser.screenshot(Path.of("target", "screenshots", "plan.png"));
            browser.open("/plan/progress?year=2023-24");
            assertThat(browser.text(".lantern-achievements li")).contains("✓");
            browser.screenshot(Path.of("target", "screenshots", "plan-progress.png"));
            browser.driver().findElement(By.cssSelector(".lantern-priority a[href*='/edit']")).click();
            browser.assertAccessible();
            assertThat(browser.heading()).isEqualTo("Progress in 2023–24");

            browser.driver().findElement(By.cssSelector("form[action='/sign-out'] button")).click();
            browser.signIn("partner.lead@eastmere.example", "demo");
            browser.open(planPath);
            browser.clickLink("Approve this plan");
            browser.type("note", "Agreed at the Executive");
            browser.submit();
            assertThat(browser.text(".govuk-notification-banner--success")).contains("Plan approved");
            assertThat(browser.text("main dl")).contains("Approved", "by Sunil Varadkar", "Agreed at the Executive");
        }
    }

    /** Follows a link whose text carries visually hidden context, found by where it goes. */
    private static void follow(Browser browser, String css) {
        browser.driver().findElement(By.cssSelector(css)).click();
        browser.assertAccessible();
    }

    private static void typeDate(Browser browser, String field, LocalDate date) {
        browser.type(field + "Day", String.valueOf(date.getDayOfMonth()));
        browser.type(field + "Month", String.valueOf(date.getMonthValue()));
        browser.type(field + "Year", String.valueOf(date.getYear()));
    }
}
