package app.lantern.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import app.lantern.LanternIntegrationTest;

@LanternIntegrationTest
class HomePageIT {

    @Autowired MockMvc mvc;

    @Test
    @WithUserDetails("chair@eastmere.example")
    void a_committee_chair_sees_their_committees_next_meetings_and_not_everyone_elses() throws Exception {
        var page = Jsoup.parse(mvc.perform(get("/")).andReturn().getResponse().getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("Welcome, Agnieszka Wróbel");
        var mine = page.select("h2:contains(Your next meetings) + ul li a").eachText();
        assertThat(mine).isNotEmpty().contains("Contextual Safeguarding Committee").doesNotContain("Child Death Overview Panel");
        assertThat(page.select("h2:contains(Coming up across the partnership)")).isEmpty();
        assertThat(page.select("h2:contains(Attendance to record) + ul li a").eachText()).noneMatch(t -> t.startsWith("Training Pool, "));
    }

    @Test
    @WithUserDetails("business.unit@eastmere.example")
    void the_business_unit_also_sees_what_is_coming_up_across_the_partnership() throws Exception {
        var page = Jsoup.parse(mvc.perform(get("/")).andReturn().getResponse().getContentAsString());
        assertThat(page.select("h2:contains(Coming up across the partnership) + ul li a")).hasSize(5);
        // the demo Training Pool's latest meeting went ahead without attendance recorded
        assertThat(page.select("h2:contains(Attendance to record) + ul li a").eachText()).anyMatch(t -> t.startsWith("Training Pool, "));
    }

    @Autowired
    app.lantern.actions.ActionTracker actions;

    @Test
    @WithUserDetails("business.unit@eastmere.example")
    void the_business_unit_sees_how_many_actions_are_overdue_for_their_organisation_and_the_partnership() throws Exception {
        var page = Jsoup.parse(mvc.perform(get("/")).andReturn().getResponse().getContentAsString());
        var links = page.select("section:has(h2:containsOwn(Actions)) a");
        assertThat(links.eachAttr("href")).containsExactly("/actions/mine?overdue=true", "/actions?overdue=true");
        long all = actions.overdueCount(null);
        assertThat(all).isPositive();
        assertThat(links.get(1).text()).isEqualTo(all + " actions are overdue across the partnership");
    }

    @Test
    @WithUserDetails("agency.lead@eastmere.example")
    void an_agency_lead_sees_only_their_own_organisations_overdue_actions() throws Exception {
        var page = Jsoup.parse(mvc.perform(get("/")).andReturn().getResponse().getContentAsString());
        assertThat(page.select("section:has(h2:containsOwn(Actions)) a").eachAttr("href")).containsExactly("/actions/mine?overdue=true");
        assertThat(page.select("section:has(h2:containsOwn(Actions)) a").text()).startsWith("Your organisation has");
    }

    @Test
    @WithUserDetails("business.unit@eastmere.example")
    void the_business_unit_sees_the_statutory_clocks_about_to_run_out() throws Exception {
        var page = Jsoup.parse(mvc.perform(get("/")).andReturn().getResponse().getContentAsString());
        // the demo incident known two working days ago has not yet been notified to the national panel
        var clocks = page.select("#clocks li").eachText();
        assertThat(clocks).anyMatch(t -> t.startsWith("Serious incident notification SIN-") && t.contains("Notify the national panel")
                && t.matches(".*\\(\\d working days? left\\)"));
        // Heron's practitioner event is overdue (the demo's running review, decided about five months before today)
        assertThat(clocks).anyMatch(t -> t.startsWith("Case review CR-2026-01") && t.contains("Overdue by"));
    }

    @Test
    @WithUserDetails("member@eastmere.example")
    void someone_who_may_not_see_review_material_sees_no_clocks() throws Exception {
        var page = Jsoup.parse(mvc.perform(get("/")).andReturn().getResponse().getContentAsString());
        assertThat(page.select("h2:contains(Statutory clocks)")).isEmpty();
    }

    @Test
    @WithUserDetails("agency.lead@eastmere.example")
    void an_agency_lead_is_told_their_agency_has_been_asked_for_a_summary() throws Exception {
        var page = Jsoup.parse(mvc.perform(get("/")).andReturn().getResponse().getContentAsString());
        // other tests may ask the school for more summaries; the demo asks for one
        assertThat(page.select("section:has(h2:containsOwn(Summaries of involvement)) li").eachText()).singleElement().asString()
                .matches("Your agency has been asked for \\d+ summar(y|ies) of involvement for a rapid review");
    }

    @Test
    @WithUserDetails("member@eastmere.example")
    void the_navigation_shows_only_the_areas_a_persons_role_opens() throws Exception {
        var page = Jsoup.parse(mvc.perform(get("/")).andReturn().getResponse().getContentAsString());
        assertThat(page.select(".govuk-service-navigation__link").eachText())
                .containsExactly("Partnership", "Plans and actions", "Reviews and learning", "Yearly report");
        mvc.perform(get("/areas/administration")).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isNotFound());
    }

    @Test
    @WithUserDetails("admin@eastmere.example")
    void an_administrator_also_sees_administration() throws Exception {
        var page = Jsoup.parse(mvc.perform(get("/")).andReturn().getResponse().getContentAsString());
        assertThat(page.select(".govuk-service-navigation__link").eachText())
                .containsExactly("Partnership", "Plans and actions", "Reviews and learning", "Yearly report", "Administration");
    }
}
