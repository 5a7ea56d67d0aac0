package app.lantern.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.lantern.LanternIntegrationTest;
import app.lantern.shared.ReportingYear;
import app.lantern.web.Browser;

/**
 * The action tracker's main journey in Chromium, with axe (WCAG 2.2 AA) on every page: the
 * business unit adds an action to an objective of the current business plan for a school; the
 * school's agency lead finds it among their organisation's actions, marks it completed and
 * uploads evidence; the business unit signs it off with the evidence of impact; progress against
 * priorities shows it completed, rated Blue.
 */
@LanternIntegrationTest
class ActionsJourneyBrowserIT {

    @LocalServerPort int port;
    @Autowired Clock clock;

    @Test
    void agency_lead_completes_an_action_with_evidence_business_unit_signs_it_off_and_progress_shows_it() throws Exception {
        String title = "Train every form tutor in spotting exploitation " + System.nanoTime() % 100_000;
        Path evidence = Files.createTempFile("training-register", ".pdf");
        Files.writeString(evidence, "%PDF-1.4\n% fictional training register\n", StandardCharsets.US_ASCII);
        try (var browser = new Browser(port)) {
            browser.signIn("business.unit@eastmere.example", "demo");
            browser.clickLink("Business plan");
            browser.driver().findElement(By.cssSelector("main a[href^='/plan/']:not([href*='progress']):not([href$='/new'])")).click();
            browser.driver().findElement(By.cssSelector("a[href$='/actions/new']")).click();
            browser.assertAccessible();
            browser.type("title", title);
            browser.choose("ownerOrganisationId", "Eastmere High School");
            var due = LocalDate.now(clock).plusDays(20);
            browser.type("dueDay", String.valueOf(due.getDayOfMonth()));
            browser.type("dueMonth", String.valueOf(due.getMonthValue()));
            browser.type("dueYear", String.valueOf(due.getYear()));
            browser.submit();
            assertThat(browser.text("main")).contains(title);
            signOut(browser);

            browser.signIn("agency.lead@eastmere.example", "demo");
            browser.clickLink("Actions");
            browser.clickLink("My organisation’s actions");
            assertThat(browser.heading()).isEqualTo("My organisation’s actions");
            browser.clickLink(title);
            assertThat(browser.text("main .govuk-summary-list")).contains("Business plan", "Eastmere High School", "Not started");
            browser.clickLink("Update progress");
            browser.submit();
            assertThat(browser.text(".govuk-error-summary")).contains("Enter what has happened since the last update");
            browser.driver().findElement(By.cssSelector("input[name=status][value=COMPLETED]")).click();
            browser.type("update", "All 42 form tutors trained on 3 and 10 March; register attached.");
            browser.submit();
            assertThat(browser.text(".govuk-notification-banner--success")).contains("Progress recorded");
            assertThat(browser.text("main .govuk-summary-list")).contains("Completed");

            browser.clickLink("Add evidence");
            browser.type("description", "Training register, March");
            browser.driver().findElement(By.id("file")).sendKeys(evidence.toString());
            browser.submit();
            assertThat(browser.text(".govuk-notification-banner--success")).contains("Evidence added");
            assertThat(browser.text("#evidence + ul")).contains("Training register, March", ".pdf");
            assertThat(browser.driver().findElements(By.linkText("Sign off"))).isEmpty();
            signOut(browser);

            browser.signIn("business.unit@eastmere.example", "demo");
            browser.open("/actions?q=" + java.net.URLEncoder.encode(title, StandardCharsets.UTF_8));
            browser.clickLink(title);
            browser.clickLink("Sign off");
            assertThat(browser.text("main")).contains("All 42 form tutors trained");
            browser.type("impact", "Form tutors made 11 referrals about exploitation this term, up from 2.");
            browser.submit();
            assertThat(browser.text(".govuk-notification-banner--success")).contains("Action signed off");
            assertThat(browser.text("main")).contains("RAG: Blue", "Signed off", "Form tutors made 11 referrals");

            browser.open("/plan/progress?year=" + ReportingYear.containing(LocalDate.now(clock)).slug());
            var row = browser.driver().findElement(By.xpath("//tbody/tr[td[contains(normalize-space(.), '" + title + "')]]"));
            assertThat(row.getText()).contains("Eastmere High School", "Completed", "Blue");
            browser.screenshot(Path.of("target", "screenshots", "actions-progress.png"));
        } finally {
            Files.deleteIfExists(evidence);
        }
    }

    @Test
    void at_320_pixels_the_actions_list_scrolls_inside_its_own_region_and_splits_no_word() throws Exception {
        try (var browser = new Browser(port)) {
            browser.signIn("business.unit@eastmere.example", "demo");
            browser.driver().manage().window().setSize(new Dimension(320, 900));
            browser.open("/actions");

            var js = (JavascriptExecutor) browser.driver();
            assertThat((Long) js.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                    .as("sideways scrolling of the page").isZero();
            var region = browser.driver().findElement(By.cssSelector("div.lantern-table-scroll:has(table)"));
            assertThat(region.getAttribute("role")).isEqualTo("region");
            assertThat(region.getAttribute("aria-label")).isEqualTo("Actions");
            assertThat(region.getAttribute("tabindex")).isEqualTo("0");
            assertThat((java.util.List<?>) js.executeScript("return [...document.querySelectorAll('tbody th, tbody td')]"
                    + ".map(c => getComputedStyle(c).overflowWrap).filter(w => w === 'anywhere')")).as("cells that split words").isEmpty();
            browser.assertAccessible();
            browser.screenshot(Path.of("target", "screenshots", "actions-list-320.png"));
        }
    }

    private static void signOut(Browser browser) {
        browser.driver().findElement(By.cssSelector("form[action='/sign-out'] button")).click();
    }
}
