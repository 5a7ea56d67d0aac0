package app.lantern.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.lantern.LanternIntegrationTest;

/** The layout every page shares, seen in a real browser, with axe on each page. */
@LanternIntegrationTest
class LayoutBrowserIT {

    @LocalServerPort int port;

    @Test
    void the_sign_in_page_home_page_and_error_pages_are_accessible_and_show_the_layout() throws Exception {
        try (var browser = new Browser(port)) {
            browser.open("/sign-in");
            assertThat(browser.text(".govuk-header")).contains("Lantern", "Eastmere Safeguarding Children Partnership");
            assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector(".govuk-header__logotype"))).isEmpty();

            browser.signIn("admin@eastmere.example", "demo");
            assertThat(browser.heading()).isEqualTo("Welcome, Morwenna Tregarth");
            assertThat(browser.text(".lantern-person")).contains("Morwenna Tregarth", "Eastmere Council");
            assertThat(browser.text(".govuk-service-navigation")).contains("Partnership", "Plans and actions", "Administration");

            // an area's page lists its places; a page within the area shows them under the areas
            browser.open("/areas/administration");
            assertThat(browser.heading()).isEqualTo("Administration");
            assertThat(browser.text("main")).contains("Users", "Activity log", "Outbox", "Bank holidays");
            browser.open("/organisations");
            assertThat(browser.text(".lantern-subnav")).contains("Organisations", "Committees", "Meetings", "Attendance");

            String font = (String) browser.driver().executeScript(
                    "return getComputedStyle(document.querySelector('h1')).fontFamily");
            assertThat(font.toLowerCase()).startsWith("arial").doesNotContain("gds transport");

            browser.open("/admin/users");
            browser.open("/admin/users/new");
            browser.submit();
            assertThat(browser.text(".govuk-error-summary")).contains("Enter the person's full name");
            browser.open("/admin/activity");
            browser.open("/no-such-page");
            assertThat(browser.heading()).isEqualTo("Page not found");
        }
    }
}
