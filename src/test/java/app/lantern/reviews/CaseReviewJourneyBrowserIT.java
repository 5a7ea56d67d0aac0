package app.lantern.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * A case review's journey in Chromium, with axe (WCAG 2.2 AA) on every page: the business unit
 * records a local child safeguarding practice review (after an error), names the partner lead on
 * its panel, makes a recommendation (which becomes a tracker action) and records its publication
 * with the report as a PDF.
 */
@LanternIntegrationTest
class CaseReviewJourneyBrowserIT {

    @LocalServerPort int port;
    @Autowired Clock clock;

    @Test
    void business_unit_records_a_review_names_a_panel_member_makes_a_recommendation_and_publishes_it() throws Exception {
        String title = "Kestrel " + System.nanoTime() % 100_000;
        Path report = Files.createTempFile("kestrel-report", ".pdf");
        Files.writeString(report, "%PDF-1.4\n% fictional review report\n", StandardCharsets.US_ASCII);
        var today = LocalDate.now(clock);
        try (var browser = new Browser(port)) {
            browser.signIn("business.unit@eastmere.example", "demo");
            browser.open("/reviews/cases");
            assertThat(browser.text("main table")).contains("Harbour", "Willow");
            browser.clickLink("Record a case review");
            browser.submit();
            assertThat(browser.text(".govuk-error-summary")).contains("Select the type of review", "Enter a working name",
                    "Enter the decision date");

            browser.driver().findElement(By.xpath("//label[normalize-space(.)='Local child safeguarding practice review']")).click();
            browser.type("title", title);
            date(browser, "decision", today.minusDays(30));
            browser.type("termsOfReference", "How agencies shared information about a fictional family.");
            browser.submit();
            assertThat(browser.heading()).isEqualTo(title);
            assertThat(browser.text(".govuk-notification-banner--success")).contains("Case review recorded");
            assertThat(browser.text("#milestones + .lantern-table-scroll table")).contains("Terms of reference agreed", "Report published");

            browser.clickLink("Add a panel member");
            browser.choose("personId", "Sunil Varadkar, Director of Children's Services");
            browser.type("role", "Chair of the review panel");
            browser.submit();
            assertThat(browser.text("#panel + .lantern-table-scroll table")).contains("Sunil Varadkar", "Chair of the review panel");

            browser.clickLink("Add a recommendation");
            browser.type("body", "Offer every family placed out of area a named health visitor within a week.");
            browser.choose("ownerOrganisationId", "Eastmere Community Health NHS Trust");
            date(browser, "due", today.plusDays(60));
            browser.submit();
            assertThat(browser.text(".govuk-notification-banner--success")).contains("raised as an action");
            assertThat(browser.text("#recommendations ~ .lantern-table-scroll table")).contains("1. Offer every family", "Not started", "A-");

            browser.clickLink("Record report and publication");
            date(browser, "sent", today.minusDays(14));
            date(browser, "published", today);
            browser.type("publishedName", title);
            browser.driver().findElement(By.id("reportFile")).sendKeys(report.toString());
            browser.submit();
            assertThat(browser.text(".govuk-notification-banner--success")).contains("Publication recorded");
            assertThat(browser.text("main .govuk-tag")).contains("Published");
            assertThat(browser.text("main .govuk-summary-list")).contains("as “" + title + "”", "Download the report");
            browser.screenshot(Path.of("target", "screenshots", "case-review.png"));
        } finally {
            Files.deleteIfExists(report);
        }
    }

    private static void date(Browser browser, String field, LocalDate d) {
        browser.type(field + "Day", String.valueOf(d.getDayOfMonth()));
        browser.type(field + "Month", String.valueOf(d.getMonthValue()));
        browser.type(field + "Year", String.valueOf(d.getYear()));
    }
}
