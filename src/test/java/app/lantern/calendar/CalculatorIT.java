package app.lantern.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.lantern.LanternIntegrationTest;

/** The deadline calculator, as any signed-in person uses it. */
@LanternIntegrationTest
@WithUserDetails("member@eastmere.example")
class CalculatorIT {

    @Autowired MockMvc mvc;

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }

    private static MockHttpServletRequestBuilder calculate(String day, String month, String year) {
        return get("/working-days").param("startDay", day).param("startMonth", month).param("startYear", year);
    }

    @Test
    void the_first_visit_shows_the_form_and_the_rules_without_errors() throws Exception {
        var page = page(get("/working-days"));
        assertThat(page.title()).isEqualTo("Working days – Lantern");
        assertThat(page.select(".govuk-error-summary")).isEmpty();
        assertThat(page.select("#result")).isEmpty();
        assertThat(page.select("main table").text()).contains("Notify the national panel of a serious incident",
                "5 working days after the day the local authority became aware of the incident (that day is day 0)");
        assertThat(page.select("input[name=dayCount][checked]").val()).isEqualTo("EVENT_IS_DAY_0");
    }

    @Test
    void a_rule_over_christmas_shows_the_deadline_the_days_counted_and_the_holidays_skipped() throws Exception {
        // rapid review, 15 working days from Friday 22 December 2023 (day 0)
        var page = page(calculate("22", "12", "2023").param("rule", "RAPID_REVIEW"));
        assertThat(page.select("#result h2").text()).isEqualTo("Deadline: Wednesday 17 January 2024");
        assertThat(page.select("#holidays-skipped li").eachText()).containsExactly("Monday 25 December 2023: Christmas Day",
                "Tuesday 26 December 2023: Boxing Day", "Monday 1 January 2024: New Year's Day");
        assertThat(page.select("#counted-days tbody tr")).hasSize(15);
        assertThat(page.select("#counted-days tbody tr").first().text()).isEqualTo("1 Wednesday 27 December 2023");
        assertThat(page.select("#result").text()).contains("Weekend days skipped 8");
        assertThat(page.select("input[name=rule][checked]").val()).isEqualTo("RAPID_REVIEW");
    }

    @Test
    void a_number_of_days_counts_either_way_with_either_day_0() throws Exception {
        var day1 = page(calculate("3", "5", "2023").param("rule", "DAYS").param("days", "5")
                .param("dayCount", "EVENT_IS_DAY_1").param("direction", "AFTER"));
        assertThat(day1.select("#result h2").text()).isEqualTo("Deadline: Wednesday 10 May 2023");
        assertThat(day1.select("#holidays-skipped").text()).contains("Monday 8 May 2023: Bank holiday for the coronation of King Charles III");

        var before = page(calculate("10", "1", "2024").param("days", "7")
                .param("dayCount", "EVENT_IS_DAY_0").param("direction", "BEFORE"));
        assertThat(before.select("#result h2").text()).isEqualTo("Deadline: Friday 29 December 2023");
    }

    @Test
    void mistakes_are_shown_on_the_fields_with_the_input_kept() throws Exception {
        var empty = page(get("/working-days").param("startDay", "").param("rule", ""));
        assertThat(empty.title()).startsWith("Error: ");
        assertThat(empty.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#startDay", "#rule");

        var negative = page(calculate("2", "6", "2025").param("rule", "DAYS").param("days", "-3")
                .param("dayCount", "EVENT_IS_DAY_0").param("direction", "AFTER"));
        assertThat(negative.select("#days-error").text()).contains("cannot be negative");
        assertThat(negative.select("#days").val()).isEqualTo("-3");

        var huge = page(calculate("2", "6", "2025").param("rule", "DAYS").param("days", "5000")
                .param("dayCount", "EVENT_IS_DAY_0").param("direction", "AFTER"));
        assertThat(huge.select("#days-error").text()).contains("1000 or fewer");

        var notLoaded = page(calculate("20", "12", "2027").param("rule", "RAPID_REVIEW"));
        assertThat(notLoaded.select("#start-error").text()).contains("Bank holidays for 2028 are not loaded");
        assertThat(notLoaded.select("#startYear").val()).isEqualTo("2027");
        assertThat(notLoaded.select("#result")).isEmpty();

        var unknownRule = page(calculate("2", "6", "2025").param("rule", "<script>"));
        assertThat(unknownRule.select("#rule-error").text()).contains("Choose a timescale rule from the list");
        assertThat(unknownRule.select("script:containsData(<script>)")).isEmpty();
    }
}
