package app.lantern.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.lantern.LanternIntegrationTest;
import app.lantern.identity.People;
import app.lantern.shared.ReportingYear;
import app.lantern.shared.Role;
import app.lantern.web.Browser;

/**
 * The yearly report's main journey in Chromium, with axe on every page: the business unit starts
 * next year's report and writes a chapter with a live figure block, the scrutineer comments and the
 * business unit resolves it, the three lead partners sign off, the report is published and read
 * signed out, at 320 px wide, and its PDF downloaded.
 */
@LanternIntegrationTest
class YearlyReportBrowserIT {

    @LocalServerPort int port;
    @Autowired People people;
    @Autowired Clock clock;

    /** Presses a button and waits for the page it leads to, then checks that page with axe. */
    static void press(Browser browser, By button) {
        var element = browser.driver().findElement(button);
        element.click();
        browser.waitForNextPage(element);
        browser.assertAccessible();
    }

    @Test
    void from_a_new_draft_to_a_published_report_read_by_the_public() throws Exception {
        var year = ReportingYear.current(clock).next();
        // the demo's partner leads, who sign in with the demo password (other tests add leads who cannot)
        var leads = people.withRole(Role.PARTNER_LEAD).stream().filter(p -> p.email().endsWith("eastmere.example")).toList();
        try (var browser = new Browser(port)) {
            var driver = browser.driver();
            browser.signIn("business.unit@eastmere.example", "demo");
            browser.open("/yearly-report");
            press(browser, By.xpath("//button[text()='Start the " + year.label() + " report']"));
            assertThat(browser.heading()).isEqualTo("Yearly report " + year.label());

            browser.clickLink("Name the lead partners and write the summary for children and families");
            browser.choose("localAuthority", leads.get(0).fullName() + (leads.get(0).jobTitle() == null ? "" : ", " + leads.get(0).jobTitle()));
            browser.choose("police", leads.get(1).fullName() + (leads.get(1).jobTitle() == null ? "" : ", " + leads.get(1).jobTitle()));
            browser.choose("icb", leads.get(2).fullName() + (leads.get(2).jobTitle() == null ? "" : ", " + leads.get(2).jobTitle()));
            browser.type("childrenText", "We listened to you. We made it easier to ask for help.");
            browser.submit();
            assertThat(browser.text(".govuk-notification-banner")).contains("The report's details have been saved");

            browser.clickLink("3. Highlights of the year");
            browser.clickLink("Add text");
            browser.type("body", "# A year of listening\nChildren told us that adults did not explain what happens next.\n* We wrote it down\n* We changed it");
            press(browser, By.cssSelector("button[name=preview]"));
            assertThat(browser.text("#preview ~ .lantern-report-preview h2")).isEqualTo("A year of listening");
            browser.submit();
            browser.clickLink("Add live figures");
            browser.choose("block", "Attendance");
            browser.submit();
            assertThat(browser.text("table.lantern-report-figures caption")).contains("Attendance: " + year.label());
            String chapter = browser.currentPath().replaceAll("#.*", "");
            browser.driver().manage().deleteAllCookies();

            browser.signIn("scrutineer@eastmere.example", "demo");
            browser.open(chapter);
            browser.type("comment-body", "Say what changed for children, not only what you did.");
            press(browser, By.xpath("//button[text()='Add comment']"));
            driver.manage().deleteAllCookies();

            browser.signIn("business.unit@eastmere.example", "demo");
            browser.open(chapter);
            driver.findElement(By.cssSelector("textarea[name=resolution]")).sendKeys("Added what changed in the second bullet.");
            press(browser, By.xpath("//button[starts-with(., 'Resolve')]"));
            assertThat(browser.text(".lantern-report-comment")).contains("Resolved by");
            driver.manage().deleteAllCookies();

            String[] partners = {"local authority", "police", "integrated care board"};
            for (int i = 0; i < 3; i++) {
                browser.signIn(leads.get(i).email(), "demo");
                browser.open("/yearly-report/" + year.slug());
                press(browser, By.xpath("//button[text()='Sign off the draft as it stands for the " + partners[i] + "']"));
                assertThat(browser.text(".govuk-notification-banner")).contains("You have signed off");
                driver.manage().deleteAllCookies();
            }

            browser.signIn("business.unit@eastmere.example", "demo");
            browser.open("/yearly-report/" + year.slug());
            press(browser, By.xpath("//button[text()='Publish the report']"));
            assertThat(browser.text(".govuk-notification-banner")).contains("Version 1 of the " + year.label() + " report is published");
            driver.manage().deleteAllCookies();

            browser.open("/reports");
            browser.clickLink("Yearly report " + year.label());
            assertThat(browser.heading()).isEqualTo("Yearly report " + year.label());
            browser.clickLink("Highlights of the year");
            assertThat(browser.text("main h2")).contains("A year of listening");
            assertThat(browser.text("table.lantern-report-figures th[scope=col]")).doesNotContain("Where this comes from");
            driver.manage().window().setSize(new Dimension(320, 900));
            assertThat((Long) driver.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                    .as("sideways scrolling at 320 px").isLessThanOrEqualTo(0L);
            browser.clickLink("Contents");
            browser.clickLink("A short summary for children and families");
            assertThat(browser.text("main")).contains("We listened to you.");
            assertThat((Long) driver.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                    .isLessThanOrEqualTo(0L);
        }
        var pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/reports/"
                + year.slug() + "/v1/report.pdf")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }
}
