package app.lantern.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.lantern.LanternIntegrationTest;
import app.lantern.shared.ReportingYear;
import app.lantern.web.Browser;

/**
 * The budget in Chromium, with axe (WCAG 2.2 AA) on every page visited: the business unit reads
 * the 2023–24 budget with its charts, starts a new year and records a line of spending, first
 * with a mistake.
 */
@LanternIntegrationTest
class BudgetBrowserIT {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    @Test
    void business_unit_reads_a_years_budget_and_records_spending_in_a_new_year() throws Exception {
        int last = jdbc.sql("SELECT COALESCE(max(start_year), 2099) FROM budget WHERE start_year >= 2100").query(Integer.class).single();
        var year = new ReportingYear(last + 1);
        try (var browser = new Browser(port)) {
            browser.signIn("business.unit@eastmere.example", "demo");

            browser.clickLink("Budget");
            assertThat(browser.heading()).isEqualTo("Budget");
            browser.clickLink("2023–24");
            assertThat(browser.heading()).startsWith("Financial year 2023–24");
            var charts = browser.driver().findElements(By.cssSelector("svg[role=img]"));
            assertThat(charts).hasSize(2);
            assertThat(browser.driver().findElement(By.id("expenditure-chart-desc")).getAttribute("textContent"))
                    .contains("Practice development: budget £27,000, actual £37,540.");
            assertThat(browser.text("main")).contains("Deficit of £34,310", "How the deficit was covered");
            browser.screenshot(Path.of("target", "screenshots", "budget-2023-24.png"));

            browser.open("/budget");
            browser.clickLink("Add a financial year");
            browser.type("year", year.slug());
            assertThat(browser.driver().findElement(By.id("copyPrevious")).isSelected()).isTrue();
            browser.click("copyPrevious"); // start empty
            browser.submit();
            assertThat(browser.heading()).startsWith("Financial year " + year.label());

            browser.clickLink("Add expenditure");
            browser.type("description", "Business unit salaries");
            browser.type("budgeted", "twelve thousand");
            browser.submit();
            assertThat(browser.driver().getTitle()).startsWith("Error: ");
            assertThat(browser.text(".govuk-error-summary")).contains("Select the category",
                    "Amount budgeted must be an amount of money, like 12,000 or 12000.50");
            browser.driver().findElement(By.cssSelector(".govuk-error-summary a[href='#budgeted']")).click();
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("budgeted");
            assertThat(browser.driver().findElement(By.id("description")).getAttribute("value")).isEqualTo("Business unit salaries");

            browser.click("heading");
            browser.type("budgeted", "12,000");
            browser.type("actual", "13,500.50");
            browser.submit();
            assertThat(browser.text("main table")).contains("Business unit salaries", "£12,000", "£13,501", "£1,501 over budget");
            assertThat(browser.driver().findElement(By.id("expenditure-chart-desc")).getAttribute("textContent"))
                    .contains("Staffing: budget £12,000, actual £13,501.");

            browser.driver().findElement(By.cssSelector("main a[href*='/expenditure/'][href$='/edit']")).click();
            browser.assertAccessible();
            assertThat(browser.heading()).isEqualTo("Change expenditure");
            assertThat(browser.driver().findElement(By.id("actual")).getAttribute("value")).isEqualTo("13,500.50");
            browser.click("remove");
            browser.assertAccessible();
            assertThat(browser.text(".govuk-notification-banner--success")).contains("'Business unit salaries' removed");
            assertThat(browser.text("main")).contains("No expenditure has been recorded for this year.");

            browser.clickLink("Add a contribution");
            assertThat(browser.heading()).isEqualTo("Add a contribution");
        }
    }

    /**
     * WCAG 1.4.10 (reflow): at 320 CSS pixels wide nothing on the budget's and the plan's pages
     * makes the page scroll sideways; a wide table scrolls inside its own labelled container.
     */
    @Test
    void the_budget_and_plan_pages_reflow_at_320_pixels_wide() throws Exception {
        try (var browser = new Browser(port)) {
            browser.signIn("business.unit@eastmere.example", "demo");
            browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    java.util.Map.of("width", 320, "height", 900, "deviceScaleFactor", 1, "mobile", false));
            for (String path : java.util.List.of("/budget", "/budget/2023-24", "/budget/2023-24/expenditure/new", "/plan",
                    "/plan/progress?year=2023-24", "/plan/progress?year=2024-25")) {
                browser.open(path);
                assertReflows(browser);
            }
            browser.open("/plan");
            browser.driver().findElement(By.cssSelector("main table a")).click();
            assertReflows(browser);
        }
    }

    private static void assertReflows(Browser browser) {
        assertThat(sticksOut(browser)).as(browser.currentPath()).isEmpty();
        for (var region : browser.driver().findElements(By.cssSelector(".lantern-table-scroll"))) {
            assertThat(region.getAttribute("role")).isEqualTo("region");
            assertThat(region.getAttribute("aria-label")).isNotBlank();
            assertThat(region.getAttribute("tabindex")).isEqualTo("0");
        }
    }

    /** The elements reaching past the right edge of the window, other than inside a container that scrolls on its own. */
    @SuppressWarnings("unchecked")
    private static java.util.List<String> sticksOut(Browser browser) {
        return (java.util.List<String>) browser.driver().executeScript("""
                const width = document.documentElement.clientWidth;
                const out = [];
                for (const e of document.querySelectorAll('body *')) {
                  // inside a container that scrolls, only what escapes it counts: absolutely positioned text placed
                  // against something outside the container
                  const container = e.closest('.lantern-table-scroll');
                  if (container && container !== e
                      && (getComputedStyle(e).position !== 'absolute' || (e.offsetParent && container.contains(e.offsetParent)))) continue;
                  const r = e.getBoundingClientRect();
                  if (r.width > 0 && r.right > width + 1) out.push(e.tagName.toLowerCase() + '.' + e.className + ' "' + e.textContent.trim().slice(0, 40) + '" in ' + e.parentElement.tagName.toLowerCase() + ' (' + Math.round(r.right) + 'px)');
                }
                if (document.documentElement.scrollWidth > width) out.push('page ' + document.documentElement.scrollWidth + 'px wide');
                return out;
                """);
    }
}
