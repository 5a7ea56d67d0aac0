package app.lantern.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.lantern.LanternIntegrationTest;
import app.lantern.shared.TimescaleRule;
import app.lantern.calendar.WorkingDayCalendar;
import app.lantern.web.Browser;

/**
 * One case from start to finish in Chromium, with axe (WCAG 2.2 AA) on every page visited: the
 * business unit records a serious incident notification, starts and completes its rapid review
 * (decision: a local review), commissions the local review from the rapid review, makes a
 * recommendation (an action in the tracker), records the publication, writes and publishes a
 * 7-minute briefing about the review; then, signed out, a reader finds the briefing in the public
 * library and downloads its printable PDF.
 */
@LanternIntegrationTest
class ReviewJourneyBrowserIT {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MEDIUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    @LocalServerPort int port;
    @Autowired WorkingDayCalendar calendar;
    @Autowired Clock clock;

    @Test
    void one_case_from_notification_to_a_published_briefing_the_public_can_read() throws Exception {
        long unique = System.nanoTime() % 100_000;
        String child = "EM-WHOLE-" + unique;
        String workingName = "Osprey " + unique;
        String publishedName = "Osprey";
        String briefingTitle = "Osprey " + unique + ": joining up attendance and missing episodes";

        // All dates are working days in the recent past, counted back from the latest working day up to today.
        LocalDate today = LocalDate.now(clock);
        LocalDate latest = today;
        while (!calendar.isWorkingDay(latest)) latest = latest.minusDays(1);
        LocalDate incident = workingDaysBefore(latest, 14);
        LocalDate aware = workingDaysBefore(latest, 13);
        LocalDate notified = workingDaysBefore(latest, 12);
        LocalDate meeting = workingDaysBefore(latest, 10);
        LocalDate sentRapid = workingDaysBefore(latest, 9);
        LocalDate reportSent = workingDaysBefore(latest, 8);
        LocalDate published = latest;
        LocalDate recommendationDue = today.plusDays(90);
        LocalDate panelDue = calendar.deadline(TimescaleRule.PANEL_NOTIFICATION, aware);
        LocalDate rapidDue = calendar.deadline(TimescaleRule.RAPID_REVIEW, notified);
        assertThat(notified).isBeforeOrEqualTo(panelDue);
        assertThat(sentRapid).isBeforeOrEqualTo(rapidDue);

        String publicPath;
        try (var browser = new Browser(port)) {
            browser.signIn("business.unit@eastmere.example", "demo");

            // 1. The notification, on time
            browser.open("/reviews/notifications");
            browser.clickLink("Record a notification");
            assertThat(browser.heading()).isEqualTo("Record a notification");
            browser.type("childReference", child);
            browser.type("childInitials", "OW");
            browser.type("ageYears", "11");
            browser.click("sex");
            browser.choose("ethnicity", "Not known");
            browser.click("lookedAfter-NO");
            date(browser, "incident", incident);
            date(browser, "aware", aware);
            browser.click("harm-SERIOUSLY_HARMED");
            browser.click("abuse-SUSPECTED");
            browser.type("summary", "Missed school for several weeks; reported missing twice.");
            label(browser, "Eastmere High School");
            label(browser, "Eastmere Police");
            date(browser, "notified", notified);
            browser.submit();
            assertThat(browser.text(".govuk-notification-banner--success")).contains("Notification recorded");
            String notificationReference = browser.heading();
            assertThat(notificationReference).startsWith("SIN-");
            assertThat(row(browser, "#clock", "Local authority became aware")).isEqualTo(LONG.format(aware));
            assertThat(row(browser, "#clock", "Due to the panel")).startsWith(LONG.format(panelDue) + " 5 working days after");
            assertThat(row(browser, "#clock", "Notified to the panel")).isEqualTo(LONG.format(notified) + " On time");
            assertThat(row(browser, "#clock", "Rapid review")).isEqualTo("Not started");
            assertThat(browser.text("#clock .govuk-tag")).isEqualTo("On time");
            assertThat(browser.text("main")).contains(child, "OW", "11 years", "Eastmere High School", "Eastmere Police");

            // 2. The rapid review, started from the notification
            browser.submit(); // Start the rapid review
            assertThat(browser.text(".govuk-notification-banner--success")).contains("Rapid review started");
            assertThat(browser.text(".govuk-caption-l")).isEqualTo("Rapid review");
            String rapidReference = browser.heading();
            assertThat(rapidReference).startsWith("RR-");
            String rapidPath = browser.currentPath();
            assertThat(rapidPath).matches("/reviews/rapid/\\d+");
            String rapidId = rapidPath.substring(rapidPath.lastIndexOf('/') + 1);
            assertThat(row(browser, "#clock", "Notification")).startsWith(notificationReference + ": child " + child + " (OW)");
            assertThat(row(browser, "#clock", "Panel notified")).isEqualTo(LONG.format(notified));
            assertThat(row(browser, "#clock", "Due to the panel")).startsWith(LONG.format(rapidDue) + " 15 working days after");
            assertThat(row(browser, "#clock", "Sent to the panel")).isEqualTo("Not yet Clock running");
            assertThat(browser.text("#requests ~ .lantern-table-scroll table")).contains("Eastmere High School", "Eastmere Police", "Requested");
            assertThat(row(browser, "#outcome", "Meeting")).isEqualTo("Not yet held");
            assertThat(row(browser, "#outcome", "Decision")).isEqualTo("Not decided");
            assertThat(browser.driver().findElements(By.linkText("Commission the local review"))).isEmpty();

            browser.clickLink("Record meeting, decision and panel");
            date(browser, "meeting", meeting);
            browser.type("findings", "Attendance concerns at school were not joined up with the police's missing episodes.");
            label(browser, "Hold a local child safeguarding practice review");
            date(browser, "sent", sentRapid);
            browser.submit();
            assertThat(browser.text(".govuk-notification-banner--success")).contains("Rapid review updated");
            assertThat(browser.heading()).isEqualTo(rapidReference);
            assertThat(row(browser, "#outcome", "Meeting")).isEqualTo(MEDIUM.format(meeting));
            assertThat(row(browser, "#outcome", "Findings")).startsWith("Attendance concerns at school were not joined up");
            assertThat(row(browser, "#outcome", "Decision")).isEqualTo("Hold a local child safeguarding practice review");
            assertThat(row(browser, "#clock", "Sent to the panel")).isEqualTo(LONG.format(sentRapid) + " On time");
            assertThat(browser.text("#clock .govuk-tag")).isEqualTo("On time");

            // the notification now links to its rapid review
            browser.driver().findElement(By.linkText(notificationReference)).click();
            browser.assertAccessible();
            assertThat(row(browser, "#clock", "Rapid review")).isEqualTo(rapidReference);
            browser.clickLink(rapidReference);
            assertThat(browser.currentPath()).isEqualTo(rapidPath);

            // 3. The local review, commissioned from the rapid review
            assertThat(browser.driver().findElement(By.linkText("Commission the local review")).getAttribute("pathname")
                    + browser.driver().findElement(By.linkText("Commission the local review")).getAttribute("search"))
                    .isEqualTo("/reviews/cases/new?rapidReview=" + rapidId);
            browser.clickLink("Commission the local review");
            assertThat(browser.heading()).isEqualTo("Record a case review");
            assertThat(browser.text("main form")).contains("This review follows a rapid review’s decision to hold a local review.");
            assertThat(browser.driver().findElement(By.id("rapidReviewId")).getAttribute("value")).isEqualTo(rapidId);
            label(browser, "Local child safeguarding practice review");
            browser.type("title", workingName);
            date(browser, "decision", meeting);
            browser.type("termsOfReference", "How school, police and children's social care shared what each knew about a child missing education.");
            browser.type("reviewerName", "A fictional independent reviewer");
            browser.submit();
            assertThat(browser.text(".govuk-notification-banner--success")).contains("Case review recorded");
            assertThat(browser.heading()).isEqualTo(workingName);
            String caseReviewCaption = browser.text(".govuk-caption-l");
            assertThat(caseReviewCaption).startsWith("Case review CR-");
            String caseReference = caseReviewCaption.substring("Case review ".length());
            String casePath = browser.currentPath();
            assertThat(casePath).matches("/reviews/cases/\\d+");
            String caseId = casePath.substring(casePath.lastIndexOf('/') + 1);
            assertThat(browser.text("main p .govuk-tag")).isEqualTo("In progress");
            assertThat(row(browser, "main", "Type")).isEqualTo("Local child safeguarding practice review (statutory)");
            assertThat(row(browser, "main", "Decision to hold the review")).isEqualTo(MEDIUM.format(meeting));
            assertThat(row(browser, "main", "Independent reviewer")).isEqualTo("A fictional independent reviewer");
            assertThat(row(browser, "main", "Published")).isEqualTo("Not yet published");
            var backToRapid = browser.driver().findElement(By.linkText("The rapid review that decided on this review"));
            assertThat(backToRapid.getAttribute("pathname")).isEqualTo(rapidPath);
            backToRapid.click();
            browser.assertAccessible();
            assertThat(browser.heading()).isEqualTo(rapidReference);
            assertThat(browser.text("main h2")).contains("Local review");
            assertThat(browser.text("main h2 + ul.govuk-list")).contains(caseReference + ": " + workingName,
                    "decided " + MEDIUM.format(meeting));
            assertThat(browser.driver().findElements(By.linkText("Commission the local review"))).isEmpty();
            browser.clickLink(caseReference + ": " + workingName);
            assertThat(browser.currentPath()).isEqualTo(casePath);

            // 4. A recommendation, raised as an action in the tracker
            browser.clickLink("Add a recommendation");
            browser.type("body", "Share every missing episode of a school-age child with the school the next working day.");
            browser.choose("ownerOrganisationId", "Eastmere Police");
            date(browser, "due", recommendationDue);
            browser.submit();
            assertThat(browser.text(".govuk-notification-banner--success")).contains("raised as an action");
            String recommendations = browser.text("#recommendations ~ .lantern-table-scroll table");
            assertThat(recommendations).contains("1. Share every missing episode", "Eastmere Police", SHORT.format(recommendationDue),
                    "Not started");
            var action = browser.driver().findElement(By.cssSelector("#recommendations ~ .lantern-table-scroll table td a"));
            String actionReference = action.getText();
            assertThat(actionReference).matches("A-\\d+");
            action.click();
            browser.assertAccessible();
            assertThat(browser.text(".govuk-caption-l")).isEqualTo("Action " + actionReference);
            assertThat(browser.heading()).startsWith(caseReference + " recommendation 1: Share every missing episode");
            browser.clickLink("Case review " + caseReference);
            assertThat(browser.currentPath()).isEqualTo(casePath);

            // 5. Publication, with a link to the report
            browser.clickLink("Record report and publication");
            date(browser, "sent", reportSent);
            date(browser, "published", published);
            browser.type("publishedName", publishedName);
            browser.type("reportLink", "https://eastmere.example/reviews/osprey");
            browser.submit();
            assertThat(browser.text(".govuk-notification-banner--success")).contains("Publication recorded");
            assertThat(browser.text("main p .govuk-tag")).isEqualTo("Published");
            assertThat(row(browser, "main", "Report sent to the national panel and Secretary of State")).startsWith(MEDIUM.format(reportSent));
            assertThat(row(browser, "main", "Published")).isEqualTo(MEDIUM.format(published) + " as “" + publishedName + "”\nThe published report");
            assertThat(browser.driver().findElement(By.linkText("The published report")).getAttribute("href"))
                    .isEqualTo("https://eastmere.example/reviews/osprey");
            assertThat(browser.driver().findElements(By.id("sent-late"))).isEmpty();
            browser.screenshot(Path.of("target", "screenshots", "review-journey-case-review.png"));

            // 6. A 7-minute briefing about the review, published
            browser.open("/learning/briefings");
            browser.clickLink("Write a briefing");
            assertThat(browser.heading()).isEqualTo("Write a 7-minute briefing");
            browser.type("title", briefingTitle);
            browser.driver().findElement(By.cssSelector("input[name=subjectKind][value=CASE_REVIEW]")).click();
            browser.type("subjectTitle", publishedName);
            browser.type("subjectId", caseReference);
            browser.type("background", "A child of 11 missed school for weeks and was reported missing twice.");
            browser.type("whyItMatters", "Missing school and missing from home are both signs of harm; together they say more.");
            browser.type("keyInformation", "- The school knew about the absences.\n- The police knew about the missing episodes.");
            browser.type("whatToRemember", "No one agency saw the whole picture.");
            browser.type("whatToDo", "- Tell the school about every missing episode.\n- Ask the police what they know.");
            browser.type("questions", "- Who else might know something you do not?");
            browser.submit();
            assertThat(browser.heading()).isEqualTo(briefingTitle);
            assertThat(browser.text(".govuk-caption-l")).isEqualTo("7-minute briefing (draft)");
            assertThat(browser.text("#status")).isEqualTo("Draft: not public");
            assertThat(row(browser, "main", "Learning from")).startsWith("Case review – " + publishedName);
            assertThat(browser.driver().findElement(By.linkText("(" + caseReference + ")")).getAttribute("pathname")).isEqualTo(casePath);

            browser.click("publish");
            browser.assertAccessible();
            assertThat(browser.text(".govuk-notification-banner--success")).contains("Briefing published in the public library");
            assertThat(browser.text(".govuk-caption-l")).isEqualTo("7-minute briefing");
            assertThat(browser.text("#status")).startsWith("Published on " + MEDIUM.format(today));
            publicPath = browser.driver().findElement(By.cssSelector("#status a")).getAttribute("pathname");
            assertThat(publicPath).startsWith("/briefings/osprey-" + unique);

            // 7. Signed out, a reader finds the briefing and prints it
            browser.driver().findElement(By.cssSelector("form[action='/sign-out'] button")).click();
            browser.assertAccessible();
            browser.open("/briefings");
            assertThat(browser.heading()).isEqualTo("7-minute briefings");
            assertThat(browser.text(".lantern-person")).isEmpty();
            browser.type("q", "Osprey " + unique);
            browser.driver().findElement(By.cssSelector("form[role=search] button")).click();
            browser.assertAccessible();
            assertThat(browser.text("main")).contains("1 briefing found for Osprey " + unique);
            assertThat(browser.text(".lantern-briefing-list")).contains(briefingTitle, "Learning from: Case review – " + publishedName,
                    "Published " + MEDIUM.format(today));
            browser.clickLink(briefingTitle);
            assertThat(browser.currentPath()).isEqualTo(publicPath);
            assertThat(browser.heading()).isEqualTo(briefingTitle);
            assertThat(browser.text("main")).contains("Learning from: Case review – " + publishedName,
                    "The police knew about the missing episodes.", "6. Questions to reflect on", "Who else might know something you do not?");
            assertThat(browser.driver().findElements(By.linkText("(" + caseReference + ")"))).isEmpty();
            var printable = browser.driver().findElement(By.id("printable"));
            assertThat(printable.getAttribute("pathname")).isEqualTo(publicPath + ".pdf");
            browser.screenshot(Path.of("target", "screenshots", "review-journey-public-briefing.png"));

            var pdf = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(
                    HttpRequest.newBuilder(URI.create(printable.getAttribute("href"))).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
            try (var doc = Loader.loadPDF(pdf.body())) {
                assertThat(doc.getNumberOfPages()).isEqualTo(1);
                assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " "))
                        .contains(briefingTitle, "Learning from: Case review – " + publishedName, "6. Questions to reflect on");
            }

            // signed out, the review itself stays restricted
            browser.open(casePath);
            assertThat(browser.currentPath()).startsWith("/sign-in");
        }
    }

    private LocalDate workingDaysBefore(LocalDate from, int n) {
        LocalDate d = from;
        for (int left = n; left > 0;) {
            d = d.minusDays(1);
            if (calendar.isWorkingDay(d)) left--;
        }
        return d;
    }

    /** The value of the summary-list row with this key, inside the element {@code css} finds. */
    private static String row(Browser browser, String css, String key) {
        return browser.driver().findElement(By.cssSelector(css))
                .findElement(By.xpath(".//div[contains(@class,'govuk-summary-list__row')][dt[normalize-space(.)='" + key + "']]/dd"))
                .getText().strip();
    }

    private static void label(Browser browser, String text) {
        browser.driver().findElement(By.xpath("//label[normalize-space(.)='" + text + "']")).click();
    }

    private static void date(Browser browser, String field, LocalDate d) {
        browser.type(field + "Day", String.valueOf(d.getDayOfMonth()));
        browser.type(field + "Month", String.valueOf(d.getMonthValue()));
        browser.type(field + "Year", String.valueOf(d.getYear()));
    }
}
