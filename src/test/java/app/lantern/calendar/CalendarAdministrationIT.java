package app.lantern.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.lantern.LanternIntegrationTest;

/**
 * Administrators keep the bank holidays and the timescale rules; nobody else may. The holidays
 * these tests add are in 2190, a year no other test uses, so the shared calendar stays as shipped.
 */
@LanternIntegrationTest
class CalendarAdministrationIT {

    static final String YEAR_2190 = """
            2190-01-01 New Year's Day
            2190-04-09 Good Friday
            2190-04-12 Easter Monday

            2190-05-03 Early May bank holiday
            2190-05-31 Spring bank holiday
            2190-08-30 Summer bank holiday
            2190-12-27 Christmas Day (substitute day)
            2190-12-28 Boxing Day (substitute day)
            """;

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired app.lantern.calendar.WorkingDayCalendar calendar;

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }

    private int holidaysIn(int year) {
        return jdbc.sql("SELECT COUNT(*) FROM bank_holiday WHERE EXTRACT(YEAR FROM holiday_date) = ?").param(year).query(Integer.class).single();
    }

    @Test
    @WithUserDetails("admin@eastmere.example")
    void the_list_shows_the_loaded_years_and_a_years_holidays() throws Exception {
        var list = page(get("/admin/bank-holidays").param("year", "2022"));
        assertThat(list.select("h1").text()).isEqualTo("Bank holidays");
        assertThat(list.select("main").text()).contains("2012 to 2027");
        assertThat(list.select("#holidays caption").text()).isEqualTo("Bank holidays in 2022");
        assertThat(list.select("#holidays tbody tr")).hasSize(10);
        assertThat(list.select("#holidays").text()).contains("Monday 19 September 2022", "State Funeral of Queen Elizabeth II",
                "Friday 3 June 2022", "Platinum Jubilee bank holiday", "Shipped with Lantern");
        var notLoaded = page(get("/admin/bank-holidays").param("year", "2011"));
        assertThat(notLoaded.select("#not-loaded").text()).contains("Bank holidays for 2011 are not loaded");
    }

    @Test
    @WithUserDetails("admin@eastmere.example")
    void a_pasted_year_with_any_bad_line_is_refused_whole_with_each_line_number() throws Exception {
        String pasted = """
                2189-01-01 New Year's Day
                2189-04-31 Not a day
                2189-01-04 A Sunday
                2189-04-01
                01/05/2189 Early May bank holiday
                2190-05-03 Next year's
                2189-01-01 New Year's Day again
                """;
        var shown = page(post("/admin/bank-holidays/year").with(csrf()).param("lines", pasted));
        assertThat(shown.title()).startsWith("Error: ");
        assertThat(shown.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#lines");
        assertThat(shown.select(".govuk-error-summary").text()).contains("There are problems on lines 2, 3, 4, 5, 6, 7. Nothing has been added");
        assertThat(shown.select("#line-problems li").eachText()).containsExactly(
                "Line 2: 2189-04-31 is not a real date",
                "Line 3: 2189-01-04 is a Sunday: a bank holiday at a weekend is not needed, add its substitute day instead",
                "Line 4: Write the date, a space and the name, like 2028-01-03 New Year's Day (substitute day)",
                "Line 5: The date must be written YYYY-MM-DD, like 2028-01-03",
                "Line 6: 2190-05-03 is not in 2189: add one year at a time",
                "Line 7: 2189-01-01 is on an earlier line too");
        assertThat(shown.select("#lines").first().wholeText().strip()).isEqualTo(pasted.strip());
        assertThat(holidaysIn(2189)).isZero();

        var tooFew = page(post("/admin/bank-holidays/year").with(csrf()).param("lines", "2189-01-02 New Year's Day holiday"));
        assertThat(tooFew.select("#line-problems").text()).contains("at least 8 bank holidays");
        var already = page(post("/admin/bank-holidays/year").with(csrf()).param("lines", "2026-12-24 Christmas Eve"));
        assertThat(already.select("#line-problems").text()).contains("Line 1: Bank holidays for 2026 are already loaded");
        assertThat(holidaysIn(2189)).isZero();
    }

    @Test
    @WithUserDetails("admin@eastmere.example")
    void an_administrator_adds_a_year_then_a_one_off_day_and_the_calendar_uses_them_at_once() throws Exception {
        // not loaded yet: refused
        mvc.perform(get("/api/working-days").param("from", "2190-04-08").param("days", "1")).andExpect(status().isBadRequest());

        mvc.perform(post("/admin/bank-holidays/year").with(csrf()).param("lines", YEAR_2190))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/bank-holidays?year=2190"));
        assertThat(holidaysIn(2190)).isEqualTo(8);
        // Thursday 8 April 2190 + 1: Good Friday, the weekend and Easter Monday are skipped
        mvc.perform(get("/api/working-days").param("from", "2190-04-08").param("days", "1"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.date").value("2190-04-13"));

        var list = page(get("/admin/bank-holidays").param("year", "2190"));
        assertThat(list.select("#holidays tbody tr")).hasSize(8);
        assertThat(list.select("#holidays").text()).contains("Friday 9 April 2190", "Good Friday", "by Morwenna Tregarth");

        // a single day: weekend, duplicate, bad date, a year not loaded, and a missing name are refused
        var weekend = page(post("/admin/bank-holidays/new").with(csrf()).param("dateDay", "5").param("dateMonth", "6")
                .param("dateYear", "2190").param("name", "A Saturday"));
        assertThat(weekend.select("#date-error").text()).contains("must be a weekday");
        assertThat(weekend.select("#name").val()).isEqualTo("A Saturday");
        var duplicate = page(post("/admin/bank-holidays/new").with(csrf()).param("dateDay", "19").param("dateMonth", "9")
                .param("dateYear", "2022").param("name", "Again"));
        assertThat(duplicate.select("#date-error").text()).contains("already a bank holiday (State Funeral of Queen Elizabeth II)");
        var badDate = page(post("/admin/bank-holidays/new").with(csrf()).param("dateDay", "31").param("dateMonth", "2")
                .param("dateYear", "2190").param("name", ""));
        assertThat(badDate.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#dateDay", "#name");
        assertThat(badDate.select("#date-error").text()).contains("must be a real date");
        assertThat(badDate.select("#dateDay").val()).isEqualTo("31");
        var notLoaded = page(post("/admin/bank-holidays/new").with(csrf()).param("dateDay", "6").param("dateMonth", "6")
                .param("dateYear", "2191").param("name", "Too early"));
        assertThat(notLoaded.select("#date-error").text()).contains("Bank holidays for 2191 are not loaded yet: add the whole year at once");
        assertThat(holidaysIn(2191)).isZero();

        mvc.perform(post("/admin/bank-holidays/new").with(csrf()).param("dateDay", "4").param("dateMonth", "6")
                        .param("dateYear", "2190").param("name", "Tercentenary bank holiday"))
                .andExpect(status().is3xxRedirection());
        // Thursday 3 June 2190 + 1: Friday 4 June is now a holiday
        mvc.perform(get("/api/working-days").param("from", "2190-06-03").param("days", "1"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.date").value("2190-06-07"));

        var logged = jdbc.sql("SELECT action || ' ' || record_id FROM activity_log WHERE record_type = 'bank_holiday' "
                + "AND actor_email = 'admin@eastmere.example' AND record_id IN ('2190', '2190-06-04') ORDER BY id").query(String.class).list();
        assertThat(logged).containsExactly("IMPORTED 2190", "CREATED 2190-06-04");
    }

    @Test
    @WithUserDetails("admin@eastmere.example")
    void the_second_of_two_people_changing_a_rule_is_told_and_keeps_what_they_typed() throws Exception {
        String code = "TEST_RULE_" + System.nanoTime() % 1_000_000;
        jdbc.sql("INSERT INTO timescale_rule (code, name, working_days, day_count, direction, counted_from) "
                + "VALUES (?, 'Test rule', 5, 'EVENT_IS_DAY_0', 'AFTER', 'the test event')").param(code).update();
        calendar.refresh(); // written behind the calendar's back
        try {
            var form = page(get("/admin/timescales/" + code + "/edit"));
            assertThat(form.select("#version").val()).isEqualTo("0");
            assertThat(form.select("#workingDays").val()).isEqualTo("5");

            // the first person saves
            mvc.perform(post("/admin/timescales/" + code + "/edit").with(csrf()).param("name", "First person's name")
                            .param("workingDays", "10").param("dayCount", "EVENT_IS_DAY_1").param("version", "0"))
                    .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/timescales"));
            // the second, who opened the form at version 0 too
            var conflict = page(post("/admin/timescales/" + code + "/edit").with(csrf()).param("name", "Second person's name")
                    .param("workingDays", "12").param("dayCount", "EVENT_IS_DAY_0").param("version", "0"));
            assertThat(conflict.title()).startsWith("Error: ");
            assertThat(conflict.select(".govuk-error-summary").text()).contains(app.lantern.shared.EditConflicts.MESSAGE);
            assertThat(conflict.select("#name").val()).isEqualTo("Second person's name");
            assertThat(conflict.select("#workingDays").val()).isEqualTo("12");
            assertThat(conflict.select("input[name=dayCount][checked]").val()).isEqualTo("EVENT_IS_DAY_0");
            assertThat(conflict.select("#current").text()).contains("First person's name", "10 working days after the test event (that day is day 1)");
            assertThat(conflict.select("#version").val()).isEqualTo("1");
            var stored = jdbc.sql("SELECT name || '/' || working_days || '/' || day_count || '/' || version FROM timescale_rule WHERE code = ?")
                    .param(code).query(String.class).single();
            assertThat(stored).isEqualTo("First person's name/10/EVENT_IS_DAY_1/1");

            // having seen the rule as it is now, the second person saves again
            mvc.perform(post("/admin/timescales/" + code + "/edit").with(csrf()).param("name", "Second person's name")
                    .param("workingDays", "12").param("dayCount", "EVENT_IS_DAY_0").param("version", "1"))
                    .andExpect(status().is3xxRedirection());
            var list = page(get("/admin/timescales"));
            assertThat(list.select("#rules").text()).contains("Second person's name", "12 working days after the test event (that day is day 0)");

            // bad figures are refused with the input kept
            var bad = page(post("/admin/timescales/" + code + "/edit").with(csrf()).param("name", " ")
                    .param("workingDays", "0").param("dayCount", "EVENT_IS_DAY_0").param("version", "2"));
            assertThat(bad.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#name", "#workingDays");
            assertThat(bad.select("#workingDays").val()).isEqualTo("0");

            var logged = jdbc.sql("SELECT COUNT(*) FROM activity_log WHERE record_type = 'timescale_rule' AND record_id = ? AND action = 'CHANGED'")
                    .param(code).query(Integer.class).single();
            assertThat(logged).isEqualTo(2);
            mvc.perform(get("/admin/timescales/NO_SUCH_RULE/edit")).andExpect(status().isNotFound());
        } finally {
            jdbc.sql("DELETE FROM timescale_rule WHERE code = ?").param(code).update();
            calendar.refresh();
        }
    }

    @Test
    @WithUserDetails("business.unit@eastmere.example")
    void nobody_but_an_administrator_may_change_the_calendar() throws Exception {
        mvc.perform(get("/admin/bank-holidays")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/bank-holidays/year")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/bank-holidays/new").with(csrf()).param("dateDay", "4").param("dateMonth", "6")
                .param("dateYear", "2190").param("name", "Not allowed")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/bank-holidays/year").with(csrf()).param("lines", YEAR_2190.replace("2190", "2192")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/timescales")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/timescales/PANEL_NOTIFICATION/edit").with(csrf()).param("name", "x")
                .param("workingDays", "9").param("dayCount", "EVENT_IS_DAY_0").param("version", "0")).andExpect(status().isForbidden());
        assertThat(holidaysIn(2192)).isZero();
        assertThat(jdbc.sql("SELECT working_days FROM timescale_rule WHERE code = 'PANEL_NOTIFICATION'").query(Integer.class).single()).isEqualTo(5);
        // but the calculator is for everyone signed in
        mvc.perform(get("/working-days")).andExpect(status().isOk());
    }
}
