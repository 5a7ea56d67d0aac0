package app.lantern.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import app.lantern.LanternIntegrationTest;

/**
 * Who may do what with business plans: everyone signed in reads plans and progress; the business
 * unit and administrators change them; only partner leads approve. Refusals answer 403 and are logged.
 */
@LanternIntegrationTest
class PlanAccessIT {

    @Autowired MockMvc mvc;
    @Autowired PlanService plans;
    @Autowired PlanReader reader;
    @Autowired JdbcClient jdbc;

    long planFor(String years) {
        return reader.planRows().stream().filter(r -> r.years().equals(years)).findFirst().orElseThrow().id();
    }

    long demoPlan() {
        return planFor("2023–24");
    }

    long currentPlan() {
        return planFor("2024–27");
    }

    @Test
    void signing_in_is_needed_even_to_read() throws Exception {
        mvc.perform(get("/plan")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/plan/progress")).andExpect(status().is3xxRedirection());
    }

    @Test
    @WithUserDetails("agency.lead@eastmere.example")
    void an_agency_lead_reads_plans_and_progress_without_the_buttons_to_change_them() throws Exception {
        var list = Jsoup.parse(mvc.perform(get("/plan")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(list.select("a[href=/plan/new]")).isEmpty();
        var plan = Jsoup.parse(mvc.perform(get("/plan/{id}", currentPlan())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(plan.select("h1").text()).isEqualTo("Eastmere business plan 2024–27");
        assertThat(plan.select("main a.govuk-button")).isEmpty();
        assertThat(plan.select("a[href*=/actions/new]")).isEmpty();
        var progress = Jsoup.parse(mvc.perform(get("/plan/progress").param("year", "2023-24")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(progress.select("a[href*=/edit]")).isEmpty();
    }

    @Test
    @WithUserDetails("agency.lead@eastmere.example")
    void an_agency_lead_cannot_change_a_plan_and_each_refusal_is_logged() throws Exception {
        long before = denials("agency.lead@eastmere.example");
        long plan = currentPlan();
        long priority = plans.priorityIds(plan).get("1");
        long objective = plans.objectiveIds(plan).get("1.1");
        mvc.perform(get("/plan/new")).andExpect(status().isForbidden());
        mvc.perform(post("/plan/new").with(csrf()).param("title", "Mine").param("firstYear", "2190-91").param("years", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/plan/{id}/edit", plan)).andExpect(status().isForbidden());
        mvc.perform(post("/plan/{id}/priorities/{p}/edit", plan, priority).with(csrf()).param("title", "Mine")
                .param("whyItMatters", "x").param("lead", "x").param("version", "0")).andExpect(status().isForbidden());
        mvc.perform(post("/plan/{id}/objectives/{o}/actions/new", plan, objective).with(csrf()).param("title", "Mine"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/plan/progress/{p}/edit", priority).param("year", "2024-25")).andExpect(status().isForbidden());
        mvc.perform(post("/plan/{id}/approve", plan).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/plan/{id}/next", plan).with(csrf()).param("title", "Mine").param("years", "1"))
                .andExpect(status().isForbidden());
        assertThat(denials("agency.lead@eastmere.example") - before).isEqualTo(8);
        assertThat(reader.priority(plan, priority).title()).isEqualTo("Strengthen professional expertise in safeguarding practice");
    }

    @Test
    @WithUserDetails("partner.lead@eastmere.example")
    void a_partner_lead_approves_but_does_not_edit() throws Exception {
        mvc.perform(get("/plan/{id}/approve", currentPlan())).andExpect(status().isOk());
        mvc.perform(get("/plan/{id}/edit", currentPlan())).andExpect(status().isForbidden());
        mvc.perform(get("/plan/{id}/revisions/new", currentPlan())).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("business.unit@eastmere.example")
    void the_business_unit_edits_but_does_not_approve_and_is_sent_to_start_a_revision_to_change_an_approved_plan() throws Exception {
        mvc.perform(get("/plan/{id}/approve", currentPlan())).andExpect(status().isForbidden());
        mvc.perform(post("/plan/{id}/approve", currentPlan()).with(csrf()).param("onDay", "1").param("onMonth", "1")
                .param("onYear", "2026").param("version", "0")).andExpect(status().isForbidden());
        mvc.perform(get("/plan/{id}/edit", demoPlan()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/plan/" + demoPlan() + "/revisions/new"));
        mvc.perform(get("/plan/new")).andExpect(status().isOk());
    }

    @Test
    @WithUserDetails("admin@eastmere.example")
    void records_of_other_plans_are_not_found_through_the_wrong_plan() throws Exception {
        long otherPriority = plans.priorityIds(demoPlan()).get("1");
        mvc.perform(get("/plan/{id}/priorities/{p}/edit", currentPlan(), otherPriority)).andExpect(status().isNotFound());
        mvc.perform(get("/plan/{id}", 99_999_999L)).andExpect(status().isNotFound());
        mvc.perform(get("/plan/{id}", "abc")).andExpect(status().isNotFound());
    }

    long denials(String email) {
        return jdbc.sql("SELECT count(*) FROM activity_log WHERE actor_email = ? AND action = 'ACCESS_DENIED'").param(email)
                .query(Long.class).single();
    }
}
