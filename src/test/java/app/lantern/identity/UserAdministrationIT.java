package app.lantern.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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

@LanternIntegrationTest
class UserAdministrationIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }

    @Test
    @WithUserDetails("admin@eastmere.example")
    void a_bad_form_shows_gov_uk_errors_on_each_field_and_keeps_what_was_typed() throws Exception {
        var page = page(post("/admin/users/new").with(csrf())
                .param("fullName", "Siân O'Brien <script>alert(1)</script>")
                .param("email", "not-an-email")
                .param("password", "short"));
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#email", "#roles", "#password");
        assertThat(page.select("#email-error").text()).contains("Enter an email address in the correct format");
        assertThat(page.select("#fullName").val()).isEqualTo("Siân O'Brien <script>alert(1)</script>");
        assertThat(page.select("script:containsData(alert)")).isEmpty();
    }

    @Test
    @WithUserDetails("admin@eastmere.example")
    void an_administrator_creates_changes_and_deactivates_an_account_and_each_change_is_logged() throws Exception {
        mvc.perform(post("/admin/users/new").with(csrf())
                        .param("fullName", "Zhang Wěi 张伟").param("email", "zhang.wei@test.example")
                        .param("roles", "AGENCY_LEAD", "TRAINER").param("password", "a long enough password"))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("SELECT id FROM app_user WHERE email = 'zhang.wei@test.example'").query(Long.class).single();

        var shown = page(get("/admin/users/" + id));
        assertThat(shown.select("h1").text()).isEqualTo("Zhang Wěi 张伟");
        assertThat(shown.select(".govuk-summary-list").text()).contains("Agency lead", "Trainer");

        mvc.perform(post("/admin/users/" + id + "/active").with(csrf()).param("active", "false").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get("/admin/users/" + id)).select(".govuk-summary-list").text()).contains("Deactivated");

        var log = page(get("/admin/activity").param("recordType", "User").param("recordId", String.valueOf(id)));
        assertThat(log.select("tbody tr td:nth-child(3)").eachText()).containsExactly("Deactivated", "Created");
        assertThat(log.select("tbody tr td:nth-child(2)").eachText()).containsOnly("admin@eastmere.example");
    }

    @Test
    @WithUserDetails("admin@eastmere.example")
    void a_stale_edit_is_refused_and_the_input_is_kept() throws Exception {
        mvc.perform(post("/admin/users/new").with(csrf()).param("fullName", "Stale Edit").param("email", "stale.edit@test.example")
                .param("roles", "TRAINER").param("password", "a long enough password"));
        long id = jdbc.sql("SELECT id FROM app_user WHERE email = 'stale.edit@test.example'").query(Long.class).single();
        mvc.perform(post("/admin/users/" + id + "/edit").with(csrf()).param("fullName", "First Save")
                .param("email", "stale.edit@test.example").param("roles", "TRAINER").param("version", "0"));

        var page = page(post("/admin/users/" + id + "/edit").with(csrf()).param("fullName", "Second Save")
                .param("email", "stale.edit@test.example").param("roles", "TRAINER").param("version", "0"));
        assertThat(page.select(".govuk-error-summary").text()).contains(app.lantern.shared.EditConflicts.MESSAGE);
        assertThat(page.select("#fullName").val()).isEqualTo("Second Save");
        assertThat(jdbc.sql("SELECT full_name FROM app_user WHERE id = ?").param(id).query(String.class).single()).isEqualTo("First Save");
    }

    @Test
    @WithUserDetails("admin@eastmere.example")
    void an_empty_form_lists_each_field_once_in_page_order_with_its_most_basic_problem() throws Exception {
        var page = page(post("/admin/users/new").with(csrf()).param("fullName", "").param("email", ""));
        assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#fullName", "#email", "#roles", "#password");
        assertThat(page.select("#email-error").text()).isEqualTo("Error: Enter an email address");
    }

    @Test
    @WithUserDetails("admin@eastmere.example")
    void deactivating_is_confirmed_first() throws Exception {
        long id = jdbc.sql("SELECT id FROM app_user WHERE email = 'trainer@eastmere.example'").query(Long.class).single();
        var page = page(get("/admin/users/" + id + "/deactivate"));
        assertThat(page.select("h1").text()).isEqualTo("Are you sure you want to deactivate Lin Zhao’s account?");
        assertThat(page.select("form input[name=active]").val()).isEqualTo("false");
    }

    @Test
    @WithUserDetails("admin@eastmere.example")
    void an_administrator_sets_a_new_password_which_must_be_long_enough() throws Exception {
        mvc.perform(post("/admin/users/new").with(csrf()).param("fullName", "Forgot Password").param("email", "forgot@test.example")
                .param("roles", "TRAINER").param("password", "a long enough password"));
        long id = jdbc.sql("SELECT id FROM app_user WHERE email = 'forgot@test.example'").query(Long.class).single();

        var refused = page(post("/admin/users/" + id + "/password").with(csrf()).param("password", "short").param("version", "0"));
        assertThat(refused.title()).startsWith("Error: ");
        assertThat(refused.select(".govuk-error-summary a").attr("href")).isEqualTo("#password");

        mvc.perform(post("/admin/users/" + id + "/password").with(csrf()).param("password", "another long password")
                .param("version", "0")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM activity_log WHERE record_type = 'User' AND record_id = ? AND summary LIKE 'Set a new password%'")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("agency.lead@eastmere.example")
    void only_administrators_reach_user_administration_and_the_refusal_is_logged() throws Exception {
        var refusals = jdbc.sql("SELECT count(*) FROM activity_log WHERE actor_email = 'agency.lead@eastmere.example' AND action = 'ACCESS_DENIED'")
                .query(Long.class);
        long before = refusals.single();

        mvc.perform(get("/admin/users")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/activity")).andExpect(status().isForbidden());

        assertThat(refusals.single()).isEqualTo(before + 2);
    }

    @Test
    @WithUserDetails("admin@eastmere.example")
    void the_activity_log_rejects_an_impossible_date_with_a_field_error() throws Exception {
        var page = page(get("/admin/activity").param("from", "2026-02-31"));
        assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#from");
        assertThat(page.select("#from").val()).isEqualTo("2026-02-31");
    }
}
