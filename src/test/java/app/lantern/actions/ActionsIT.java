package app.lantern.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.lantern.LanternIntegrationTest;
import app.lantern.shared.EditConflicts;
import app.lantern.shared.Rag;
import app.lantern.shared.RecordLink;
import app.lantern.shared.ReportingYear;

@LanternIntegrationTest
class ActionsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ActionTracker tracker;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    long organisation(String name) {
        return jdbc.sql("SELECT id FROM organisation WHERE name = ?").param(name).query(Long.class).single();
    }

    long person(String email) {
        return jdbc.sql("SELECT id FROM app_user WHERE email = ?").param(email).query(Long.class).single();
    }

    static final SourceKind INSPECTION = new SourceKind("INSPECTION", "Inspection");

    /** A fresh action with a unique title, owned by the given organisation. */
    long anAction(String organisation, LocalDate due) {
        return anAction(organisation, null, due);
    }

    /** A fresh action with a unique title, owned by the given organisation and named person. */
    long anAction(String organisation, Long ownerPerson, LocalDate due) {
        return tracker.raise(new NewAction(new SourceReference(INSPECTION, "it-" + UUID.randomUUID(), "Test inspection", null),
                "Test action " + UUID.randomUUID(), null, organisation(organisation), ownerPerson, due));
    }

    long version(long id) {
        return jdbc.sql("SELECT version FROM action_item WHERE id = ?").param(id).query(Long.class).single();
    }

    Document page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        var response = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    MockHttpServletRequestBuilder progress(long id, String status, String update, long version) {
        return post("/actions/{id}/progress", id).with(csrf()).param("status", status).param("update", update)
                .param("version", String.valueOf(version));
    }

    @Test
    @WithUserDetails("business.unit@eastmere.example")
    void the_list_filters_by_overdue_source_and_rating_and_counts_what_is_overdue() throws Exception {
        long overdue = anAction("Eastmere Police", today().minusDays(3));
        String title = jdbc.sql("SELECT title FROM action_item WHERE id = ?").param(overdue).query(String.class).single();

        var all = page(get("/actions").param("q", title));
        assertThat(all.select("tbody tr").size()).isEqualTo(1);
        assertThat(all.select("tbody tr td").eachText()).contains("Eastmere Police", "Not started", "Red");
        assertThat(all.select("tbody tr").text()).contains("Overdue");

        var overdueOnly = page(get("/actions").param("overdue", "true").param("source", "INSPECTION"));
        assertThat(overdueOnly.select("tbody th a").eachText()).contains(title);
        assertThat(overdueOnly.select("tbody tr").eachText()).allSatisfy(row -> assertThat(row).contains("Overdue", "Inspection"));

        var green = page(get("/actions").param("rag", "GREEN").param("q", title));
        assertThat(green.select("#count").text()).isEqualTo("No actions match these filters.");

        long counted = Long.parseLong(page(get("/actions")).select("#overdue-count .lantern-figure__number").text());
        assertThat(counted).isEqualTo(tracker.overdueCount(null)).isPositive();

        var byReference = page(get("/actions").param("q", ActionReference.of(overdue)));
        assertThat(byReference.select("tbody th a").eachText()).containsExactly(title);
    }

    @Test
    @WithUserDetails("agency.lead@eastmere.example")
    void an_agency_lead_updates_their_own_organisations_action_but_not_another_organisations() throws Exception {
        long ours = anAction("Eastmere High School", today().plusDays(60));
        long theirs = anAction("Eastmere Police", today().plusDays(60));

        var mine = page(get("/actions/mine"));
        assertThat(mine.select("tbody td").eachText()).allMatch(cell -> !cell.equals("Eastmere Police"));
        assertThat(mine.select("tbody th a").eachAttr("href")).contains("/actions/" + ours);

        String to = mvc.perform(progress(ours, "IN_PROGRESS", "Policy drafted; governors see it in May.", version(ours)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(to).isEqualTo("/actions/" + ours);
        var action = page(get(to));
        assertThat(action.select(".govuk-summary-list").text()).contains("In progress");
        assertThat(action.select(".lantern-timeline").text()).contains("Policy drafted; governors see it in May.", "Rory O'Brien");
        assertThat(action.select("a[href$=/progress]")).isNotEmpty();

        mvc.perform(progress(theirs, "COMPLETED", "Not mine to update", version(theirs))).andExpect(status().isForbidden());
        mvc.perform(get("/actions/{id}/progress", theirs)).andExpect(status().isForbidden());
        assertThat(page(get("/actions/{id}", theirs)).select("a[href$=/progress]")).isEmpty();
        assertThat(jdbc.sql("SELECT status FROM action_item WHERE id = ?").param(theirs).query(String.class).single()).isEqualTo("NOT_STARTED");
        assertThat(jdbc.sql("SELECT count(*) FROM activity_log WHERE actor_email = 'agency.lead@eastmere.example' "
                + "AND action = 'ACCESS_DENIED' AND summary = ?").param("Refused: update action " + ActionReference.of(theirs) + ": not its owner")
                .query(Long.class).single())
                .as("the refused change and the refused form, each logged once").isEqualTo(2);
        mvc.perform(post("/actions/{id}/sign-off", ours).with(csrf()).param("impact", "x").param("version", "0"))
                .andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("business.unit@eastmere.example")
    void two_people_updating_at_once_the_second_is_told_and_keeps_what_they_typed() throws Exception {
        long id = anAction("Eastmere Police", today().plusDays(40));
        long read = version(id);
        mvc.perform(progress(id, "IN_PROGRESS", "First update", read)).andExpect(status().is3xxRedirection());

        var second = page(progress(id, "COMPLETED", "Second update, typed at the same time", read));

        assertThat(second.select(".govuk-error-summary a").eachText()).containsExactly(EditConflicts.MESSAGE);
        assertThat(second.getElementById("update").val()).isEqualTo("Second update, typed at the same time");
        assertThat(second.select("input[name=status][checked]").val()).isEqualTo("COMPLETED");
        assertThat(second.select("#current-details").text()).contains("In progress");
        assertThat(jdbc.sql("SELECT status FROM action_item WHERE id = ?").param(id).query(String.class).single()).isEqualTo("IN_PROGRESS");

        // saving again from the conflict page goes through: the form now carries the new version
        String newVersion = second.select("input[name=version]").val();
        mvc.perform(progress(id, "COMPLETED", "Second update, typed at the same time", Long.parseLong(newVersion)))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    @WithUserDetails("business.unit@eastmere.example")
    void raising_an_action_refuses_a_past_due_date_a_missing_owner_and_overlong_text_and_keeps_the_input() throws Exception {
        String title = "Łódź and O'Brien's <script>alert(1)</script> " + "x".repeat(300);
        var error = page(post("/actions/new").with(csrf()).param("title", title).param("description", "Cymraeg: ŵ ŷ 中文")
                .param("sourceKind", "INSPECTION").param("sourceTitle", "Ofsted ILACS 2024").param("ownerOrganisationId", "")
                .param("ownerPersonId", "").param("dueDay", "1").param("dueMonth", "1").param("dueYear", "2020"));

        assertThat(error.title()).startsWith("Error: ");
        assertThat(error.select(".govuk-error-summary a").eachText()).containsExactly(
                "Action must be 300 characters or less",
                "Select the organisation that owns this action",
                "Due date must be today or in the future");
        assertThat(error.getElementById("title").val()).isEqualTo(title);
        assertThat(error.getElementById("description").val()).isEqualTo("Cymraeg: ŵ ŷ 中文");
        assertThat(error.select("script:containsData(alert)")).isEmpty();

        LocalDate due = today().plusDays(10);
        String to = mvc.perform(post("/actions/new").with(csrf()).param("title", "Publish the JTAI action plan – Łódź")
                .param("description", "").param("sourceKind", "INSPECTION").param("sourceTitle", "Ofsted ILACS 2024")
                .param("ownerOrganisationId", String.valueOf(organisation("Eastmere Council"))).param("ownerPersonId", "")
                .param("dueDay", String.valueOf(due.getDayOfMonth())).param("dueMonth", String.valueOf(due.getMonthValue()))
                .param("dueYear", String.valueOf(due.getYear())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        var raised = page(get(to));
        assertThat(raised.select("h1").text()).isEqualTo("Publish the JTAI action plan – Łódź");
        assertThat(raised.select(".govuk-summary-list").text()).contains("Inspection: Ofsted ILACS 2024", "Eastmere Council", "Not started");
        assertThat(raised.select("strong.govuk-tag").eachText()).contains("RAG: Amber");
    }

    @Test
    @WithUserDetails("business.unit@eastmere.example")
    void evidence_files_are_checked_by_their_content_and_served_back_as_uploaded() throws Exception {
        long id = anAction("Eastmere Police", today().plusDays(40));
        var exe = new MockMultipartFile("file", "audit.pdf", "application/pdf", new byte[] { 'M', 'Z', 1, 2, 3 });
        var refused = page(multipart("/actions/{id}/evidence", id).file(exe).with(csrf()).param("description", "Audit").param("kind", "FILE"));
        assertThat(refused.select(".govuk-error-summary a").eachText()).containsExactly(
                "The selected file is a program. Upload " + EvidenceFiles.ALLOWED);
        assertThat(refused.getElementById("description").val()).isEqualTo("Audit");

        var huge = new MockMultipartFile("file", "minutes.pdf", "application/pdf", new byte[11 * 1024 * 1024]);
        assertThat(page(multipart("/actions/{id}/evidence", id).file(huge).with(csrf()).param("description", "Minutes").param("kind", "FILE"))
                .select(".govuk-error-summary a").eachText()).containsExactly("The selected file must be smaller than 10 MB");

        var pdf = new MockMultipartFile("file", "Audit report.pdf", "application/octet-stream", "%PDF-1.7 audit".getBytes(StandardCharsets.US_ASCII));
        mvc.perform(multipart("/actions/{id}/evidence", id).file(pdf).with(csrf()).param("description", "Audit of 20 case files").param("kind", "FILE"))
                .andExpect(status().is3xxRedirection());
        var link = page(get("/actions/{id}", id)).select("#evidence ~ ul a").first();
        assertThat(link.text()).isEqualTo("Audit of 20 case files");
        var download = mvc.perform(get(link.attr("href"))).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(download.getHeader("Content-Disposition")).contains("Audit report.pdf");
        assertThat(download.getContentAsString()).isEqualTo("%PDF-1.7 audit");

        assertThat(page(post("/actions/{id}/evidence", id).with(csrf()).param("description", "Intranet page").param("kind", "LINK")
                .param("link", "javascript:alert(1)")).select(".govuk-error-summary a").eachText())
                .containsExactly("Enter a link that starts with https://, like https://intranet.example/report");
    }

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Test
    void a_50_mb_upload_through_the_real_server_gets_a_message_on_the_field_not_an_error_page() throws Exception {
        long id = anAction("Eastmere Police", today().plusDays(40));
        var http = new app.lantern.SignedInHttp();
        String session = http.signIn(port, "business.unit@eastmere.example", "demo");
        var response = http.upload(port, "/actions/" + id + "/evidence", "/actions/" + id + "/evidence", session,
                java.util.Map.of("description", "Scanned minutes", "kind", "FILE"), "file", "minutes.pdf", new byte[50 * 1024 * 1024]);
        assertThat(response.statusCode()).isEqualTo(200);
        var page = Jsoup.parse(response.body());
        assertThat(page.select(".govuk-error-summary a").eachText()).containsExactly("The selected file must be smaller than 10 MB");
        assertThat(page.getElementById("description").val()).isEqualTo("Scanned minutes");
        assertThat(jdbc.sql("SELECT count(*) FROM action_evidence WHERE action_id = ?").param(id).query(Long.class).single()).isZero();
    }

    @Test
    @WithUserDetails("business.unit@eastmere.example")
    void the_business_unit_signs_off_a_completed_action_with_the_evidence_of_impact() throws Exception {
        long id = anAction("Eastmere Police", today().plusDays(40));
        mvc.perform(progress(id, "COMPLETED", "All officers trained", version(id))).andExpect(status().is3xxRedirection());

        var empty = page(post("/actions/{id}/sign-off", id).with(csrf()).param("impact", " ").param("version", String.valueOf(version(id))));
        assertThat(empty.select(".govuk-error-summary a").eachText())
                .containsExactly("Enter the evidence of impact: what has changed for children and families");

        mvc.perform(post("/actions/{id}/sign-off", id).with(csrf()).param("impact", "Referrals now include the child's voice in 9 of 10 cases")
                .param("version", String.valueOf(version(id)))).andExpect(status().is3xxRedirection());
        var action = page(get("/actions/{id}", id));
        assertThat(action.select("strong.govuk-tag").eachText()).contains("RAG: Blue", "Signed off");
        assertThat(action.select(".govuk-summary-list").text()).contains("Evidence of impact: Referrals now include the child's voice in 9 of 10 cases");
        assertThat(action.select("details").text()).contains("Signed off", "Status changed", "Not started → Completed");
    }

    @Test
    @WithUserDetails("business.unit@eastmere.example")
    void an_override_needs_a_reason_and_replaces_the_rating_while_open() throws Exception {
        long id = anAction("Eastmere Police", today().plusDays(200));
        var error = page(post("/actions/{id}/rating", id).with(csrf()).param("rating", "AMBER").param("reason", "").param("version", String.valueOf(version(id))));
        assertThat(error.select(".govuk-error-summary a").eachText()).containsExactly("Enter why the rating is being overridden");
        mvc.perform(post("/actions/{id}/rating", id).with(csrf()).param("rating", "AMBER").param("reason", "Funding not yet agreed")
                .param("version", String.valueOf(version(id)))).andExpect(status().is3xxRedirection());
        assertThat(tracker.actionsOf(INSPECTION, jdbc.sql("SELECT source_id FROM action_item WHERE id = ?").param(id)
                .query(String.class).single()).getFirst().rag()).isEqualTo(Rag.AMBER);
    }

    @Test
    @WithUserDetails("business.unit@eastmere.example")
    void the_export_neutralises_formulas_and_follows_the_filters() throws Exception {
        long id = tracker.raise(new NewAction(new SourceReference(new SourceKind("SCRUTINY", "Scrutiny review"), "it-export", "Scrutiny", null),
                "=HYPERLINK(\"http://evil\") export test", null, organisation("Eastmere Police"), null, today().plusDays(5)));
        String csv = mvc.perform(get("/actions/export.csv").param("q", "export test")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        var lines = csv.lines().toList();
        assertThat(lines.getFirst()).startsWith("Reference,Action,Description,Source");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith(ActionReference.of(id) + ",\"'=HYPERLINK(\"\"http://evil\"\") export test\"");

        var xlsx = mvc.perform(get("/actions/export.xlsx").param("q", "export test")).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(xlsx.getContentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.getContentAsByteArray()).startsWith((byte) 'P', (byte) 'K');
    }

    @Test
    void the_years_figures_count_each_action_live_in_the_year_and_link_it() {
        var year = ReportingYear.containing(today());
        var before = tracker.factsFor(year);
        // all raised today, within the year; at its end: one completed, one overdue, one not yet due
        long done = anAction("Eastmere Police", today().plusDays(10));
        tracker.recordProgress(done, ActionStatus.COMPLETED, today(), "Done");
        long late = anAction("Eastmere Police", year.end().minusDays(1));
        long ahead = anAction("Eastmere Police", year.end().plusDays(60));

        var block = tracker.factsFor(year);

        assertThat(block).hasSize(1);
        var after = block.getFirst();
        var was = before.getFirst();
        assertThat(after.title()).isEqualTo("Actions");
        assertThat(after.year()).isEqualTo(year);
        assertThat(after.figure("actions.live").intValue()).isEqualTo(was.figure("actions.live").intValue() + 3);
        assertThat(after.figure("actions.completed").intValue()).isEqualTo(was.figure("actions.completed").intValue() + 1);
        assertThat(after.figure("actions.overdue").intValue()).isEqualTo(was.figure("actions.overdue").intValue() + 1);
        assertThat(after.figure("actions.rag.blue").intValue()).isEqualTo(was.figure("actions.rag.blue").intValue() + 1);
        assertThat(after.figure("actions.rag.red").intValue()).isEqualTo(was.figure("actions.rag.red").intValue() + 1);
        assertThat(after.figure("actions.rag.green").intValue()).isEqualTo(was.figure("actions.rag.green").intValue() + 1);
        assertThat(after.figure("actions.rag.amber").intValue()).isEqualTo(was.figure("actions.rag.amber").intValue());
        assertThat(after.figure("actions.source.inspection").intValue()).isEqualTo(was.figure("actions.source.inspection").intValue() + 3);
        int live = after.figure("actions.live").intValue();
        int completed = after.figure("actions.completed").intValue();
        assertThat(after.figure("actions.percent-completed").intValue()).isEqualTo((int) Math.round(100.0 * completed / live));

        assertThat(after.figure("actions.live").records()).contains(link(done), link(late), link(ahead));
        assertThat(after.figure("actions.completed").records()).contains(link(done)).doesNotContain(link(late), link(ahead));
        assertThat(after.figure("actions.overdue").records()).contains(link(late)).doesNotContain(link(done), link(ahead));
        assertThat(after.figure("actions.rag.red").records()).contains(link(late));
        assertThat(after.figure("actions.rag.green").records()).contains(link(ahead));
    }

    private RecordLink link(long id) {
        String title = jdbc.sql("SELECT title FROM action_item WHERE id = ?").param(id).query(String.class).single();
        return new RecordLink(ActionReference.of(id) + ": " + title, "/actions/" + id);
    }

    @Test
    void raising_an_action_from_a_kind_of_source_no_module_registered_is_refused() {
        var unknown = new SourceReference(new SourceKind("NO_SUCH_SOURCE", "No such source"), "it-unknown", "Nowhere", null);
        assertThatThrownBy(() -> tracker.raise(new NewAction(unknown, "Never raised", null, organisation("Eastmere Police"), null, today())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NO_SUCH_SOURCE");
        assertThat(jdbc.sql("SELECT count(*) FROM action_item WHERE source_kind = 'NO_SUCH_SOURCE'").query(Long.class).single()).isZero();
    }

    @Test
    @WithUserDetails("business.unit@eastmere.example")
    void an_action_that_does_not_exist_is_page_not_found_on_every_page() throws Exception {
        for (String path : new String[] { "/actions/999999999", "/actions/999999999/edit", "/actions/999999999/progress",
                "/actions/999999999/rating", "/actions/999999999/evidence", "/actions/999999999/sign-off", "/actions/999999999/evidence/1" }) {
            mvc.perform(get(path)).andExpect(status().isNotFound());
        }
        mvc.perform(progress(999_999_999L, "IN_PROGRESS", "Nothing to update", 0)).andExpect(status().isNotFound());
    }

    /** An action raised by a rapid review, which only those who see reviews may open. */
    long raisedByARapidReview(String organisation) {
        return tracker.raise(new NewAction(new SourceReference(new SourceKind("RAPID_REVIEW", "Rapid review"), "it-" + UUID.randomUUID(),
                "Rapid review RR-2026-99", "/reviews/rapid/999999"), "Test action " + UUID.randomUUID(), null, organisation(organisation), null,
                today().plusDays(30)));
    }

    @Test
    @WithUserDetails("agency.lead@eastmere.example")
    void an_agency_lead_sees_the_rapid_review_behind_their_organisations_action_named_but_not_linked() throws Exception {
        long id = raisedByARapidReview("Eastmere High School");

        var action = page(get("/actions/{id}", id));

        var source = action.select(".govuk-summary-list__row:has(dt:containsOwn(Source)) dd").first();
        assertThat(source.text()).isEqualTo("Rapid review: Rapid review RR-2026-99");
        assertThat(source.select("a")).isEmpty();
        assertThat(action.select("a[href=/reviews/rapid/999999]")).isEmpty();
    }

    @Test
    @WithUserDetails("business.unit@eastmere.example")
    void the_business_unit_who_may_open_the_rapid_review_is_linked_back_to_it() throws Exception {
        long id = raisedByARapidReview("Eastmere High School");

        var source = page(get("/actions/{id}", id)).select(".govuk-summary-list__row:has(dt:containsOwn(Source)) dd a");

        assertThat(source.eachAttr("href")).containsExactly("/reviews/rapid/999999");
        assertThat(source.text()).isEqualTo("Rapid review RR-2026-99");
    }

    @Test
    @WithUserDetails("member@eastmere.example")
    void a_person_named_as_an_actions_owner_updates_it_whatever_their_role_but_no_other() throws Exception {
        long theirs = anAction("Eastmere Police", person("member@eastmere.example"), today().plusDays(60));
        long notTheirs = anAction("Eastmere Police", today().plusDays(60));

        mvc.perform(progress(theirs, "IN_PROGRESS", "Audit booked for January.", version(theirs))).andExpect(status().is3xxRedirection());
        mvc.perform(progress(notTheirs, "IN_PROGRESS", "Not mine", version(notTheirs))).andExpect(status().isForbidden());

        assertThat(jdbc.sql("SELECT status FROM action_item WHERE id = ?").param(theirs).query(String.class).single()).isEqualTo("IN_PROGRESS");
        assertThat(jdbc.sql("SELECT status FROM action_item WHERE id = ?").param(notTheirs).query(String.class).single()).isEqualTo("NOT_STARTED");
    }
}
