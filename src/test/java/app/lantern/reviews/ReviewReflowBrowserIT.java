package app.lantern.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.lantern.LanternIntegrationTest;
import app.lantern.web.Browser;

/**
 * WCAG 1.4.10 reflow: at 320 CSS pixels wide the review pages scroll only downwards. A wide table
 * scrolls inside its own labelled region, and long references and names wrap.
 */
@LanternIntegrationTest
class ReviewReflowBrowserIT {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void the_review_pages_reflow_at_320_pixels_without_sideways_scrolling() throws Exception {
        try (var browser = new Browser(port)) {
            browser.signIn("business.unit@eastmere.example", "demo");
            browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 320, "height", 800, "deviceScaleFactor", 1, "mobile", false));
            for (String path : new String[] {"/reviews", "/reviews?year=2023-24", "/reviews/cases",
                    "/reviews/cases/" + id("SELECT id FROM case_review WHERE title = 'Harbour'"),
                    "/reviews/cases/" + id("SELECT id FROM case_review WHERE title = 'Willow'"),
                    "/reviews/notifications", "/reviews/rapid", "/reviews/rapid/" + id("SELECT min(id) FROM rapid_review"),
                    "/learning", "/learning/briefings", "/learning/events", "/learning/points"}) {
                browser.open(path);
                Object overflow = browser.driver().executeScript("""
                        const w = document.documentElement.clientWidth;
                        return [...document.querySelectorAll('body *')]
                          .filter(e => e.getBoundingClientRect().right > w + 1 && !e.closest('.lantern-table-scroll, .govuk-visually-hidden'))
                          .slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + (e.textContent || '').trim().slice(0, 40)).join(' | ');""");
                long window = (Long) browser.driver().executeScript("return window.innerWidth;");
                assertThat(window).as("window of %s", path).isEqualTo(320);
                // the page's width, less the vertical scroll bar
                long viewport = (Long) browser.driver().executeScript("return document.documentElement.clientWidth;");
                long width = (Long) browser.driver().executeScript("return document.documentElement.scrollWidth;");
                assertThat(width).as("scroll width of %s (too wide: %s)", path, overflow).isLessThanOrEqualTo(viewport);
            }
        }
    }
}
