package app.lantern.calendar;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import app.lantern.LanternIntegrationTest;

/** The working-days API as agencies' own systems call it: without signing in. */
@LanternIntegrationTest
class WorkingDaysApiIT {

    @Autowired MockMvc mvc;

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource({
            "2023-12-22, 4, 2024-01-02",   // over Christmas 2023 and New Year's Day 2024
            "2022-06-01, 1, 2022-06-06",   // over the Platinum Jubilee
            "2025-06-07, 0, 2025-06-07",   // day 0 is the start itself
            "2025-06-07, 1, 2025-06-09"})  // a Saturday start
    void answers_the_date_n_working_days_after_from_without_signing_in(String from, String days, String expected) throws Exception {
        mvc.perform(get("/api/working-days").param("from", from).param("days", days))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(content().json("{\"date\":\"" + expected + "\"}", org.springframework.test.json.JsonCompareMode.STRICT));
    }

    @Test
    void answers_the_deadline_a_named_rule_gives() throws Exception {
        // notify the national panel: 5 working days, the day of awareness is day 0; Monday 8 May 2023 was a bank holiday
        mvc.perform(get("/api/working-days").param("from", "2023-05-03").param("rule", "PANEL_NOTIFICATION"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value("2023-05-11"))
                .andExpect(jsonPath("$.rule").value("PANEL_NOTIFICATION"));
    }

    @ParameterizedTest(name = "from={0} days={1} rule={2} -> 400 mentioning \"{3}\"")
    @CsvSource(nullValues = "NULL", value = {
            "NULL,          5,           NULL,               from is missing",
            "2025-06-02,    NULL,        NULL,               days is missing",
            "'',            '',          NULL,               from is missing",
            "2025-02-30,    5,           NULL,               not a real date",
            "27/03/2025,    5,           NULL,               YYYY-MM-DD",
            "2025-6-2,      5,           NULL,               YYYY-MM-DD",
            "<script>,      5,           NULL,               YYYY-MM-DD",
            "2025-06-02,    -1,          NULL,               cannot be negative",
            "2025-06-02,    1001,        NULL,               1000 or fewer",
            "2025-06-02,    99999999999, NULL,               1000 or fewer",
            "2025-06-02,    five,        NULL,               whole number",
            "2025-06-02,    1.5,         NULL,               whole number",
            "2011-06-01,    1,           NULL,               Bank holidays for 2011 are not loaded",
            "2027-12-29,    3,           NULL,               Bank holidays for 2028 are not loaded",
            "2028-01-04,    1,           NULL,               Bank holidays for 2028 are not loaded",
            "2025-06-02,    5,           RAPID_REVIEW,       either days or rule",
            "2025-06-02,    NULL,        NO_SUCH_RULE,       no timescale rule NO_SUCH_RULE",
            "2025-06-02,    NULL,        '<b>x</b>',         no timescale rule with that code"})
    void refuses_a_bad_query_with_400_and_a_clear_message(String from, String days, String rule, String message) throws Exception {
        var request = get("/api/working-days");
        if (from != null) request.param("from", from);
        if (days != null) request.param("days", days);
        if (rule != null) request.param("rule", rule);
        mvc.perform(request)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.error").value(Matchers.containsString(message)))
                .andExpect(jsonPath("$.date").doesNotExist());
    }
}
