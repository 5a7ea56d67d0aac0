package app.lantern.reviews;

import app.lantern.shared.StatutoryClock;
import static org.assertj.core.api.Assertions.assertThat;
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
import org.springframework.test.web.servlet.RequestBuilder;

import app.lantern.LanternIntegrationTest;
import app.lantern.shared.EditConflicts;
import app.lantern.identity.CurrentPerson;
import app.lantern.shared.Role;

/**
 * Case reviews on the embedded database with the Eastmere demo: who may see a review (and that
 * everyone else gets 404 on every URL of it), that reads are logged, that recommendations become
 * tracker actions, and that bad input gets GOV.UK errors with the input kept.
 */
@LanternIntegrationTest
class CaseReviewsIT {

    static final byte[] PDF = "%PDF-1.4\n% fictional review report\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired MockMvc mvc;
    @Autowired Clock clock;
    @Autowired JdbcClient jdbc;
    @Autowired CaseReviewService reviews;
    @Autowired CaseReviewClocks clocks;

    long person(String email) {
        return jdbc.sql("SELECT id FROM app_user WHERE email = ?").param(email).query(Long.class).single();
    }

    long demoReview(String title) {
        return jdbc.sql("SELECT id FROM case_review WHERE title = ?").param(title).query(Long.class).single();
    }

    /** A fresh review with the committee chair on its panel and a stored report. */
    long aReviewWithChairOnPanel() {
        long id = reviews.recordReview("Learning review", "IT review " + UUID.randomUUID(), LocalDate.of(2024, 5, 1),
                "Fictional terms of reference", "Fictional reviewer", null);
        reviews.recordPanelMember(id, person("chair@eastmere.example"), "Police representative");
        jdbc.sql("INSERT INTO case_review_report (review_id, file_name, size_bytes, content, uploaded_at) VALUES (?, 'r.pdf', ?, ?, now())")
                .params(id, PDF.length, PDF).update();
        return id;
    }

    long version(long id) {
        return jdbc.sql("SELECT version FROM case_review WHERE id = ?").param(id).query(Long.class).single();
    }

    long milestoneId(long reviewId, MilestonePlan m) {
        return jdbc.sql("SELECT id FROM case_review_milestone WHERE review_id = ? AND code = ?").params(reviewId, m.name())
                .query(Long.class).single();
    }

    int restrictedReads(long reviewId, String email) {
        return jdbc.sql("SELECT count(*) FROM activity_log WHERE action = 'VIEWED_RESTRICTED' AND record_type = 'case_review' "
                + "AND record_id = ? AND actor_email = ?").params(String.valueOf(reviewId), email).query(Integer.class).single();
    }

    Document page(RequestBuilder request) throws Exception {
        var response = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    int statusOf(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    // --- access

    @Test
    @WithUserDetails("member@eastmere.example")
    void a_committee_member_not_on_the_panel_gets_404_on_every_url_of_a_review() throws Exception {
        long id = aReviewWithChairOnPanel();
        long milestone = milestoneId(id, MilestonePlan.DRAFT_REPORT);
        String base = "/reviews/cases/" + id;
        for (String path : new String[] {base, base + "/edit", base + "/report", base + "/milestones/" + milestone, base + "/publication",
                base + "/findings/new", base + "/recommendations/new", base + "/panel/new"}) {
            assertThat(statusOf(get(path))).as(path).isEqualTo(404);
        }
        assertThat(statusOf(post(base + "/findings/new").with(csrf()).param("body", "Sneaky finding"))).isEqualTo(404);
        assertThat(statusOf(post(base + "/milestones/" + milestone).with(csrf()).param("doneDay", "1").param("doneMonth", "6")
                .param("doneYear", "2024").param("version", "0"))).isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM case_review_finding WHERE review_id = ?").param(id).query(Integer.class).single()).isZero();
        assertThat(restrictedReads(id, "member@eastmere.example")).isZero();
        // nor does the list reveal it, or the demo reviews
        var list = page(get("/reviews/cases")).text();
        assertThat(list).doesNotContain("IT review", "Harbour", "Willow").contains("There are no case reviews you can see");
        assertThat(statusOf(get("/reviews/cases/" + demoReview("Harbour")))).isEqualTo(404);
    }

    @Test
    @WithUserDetails("agency.lead@eastmere.example")
    void an_agency_lead_not_on_the_panel_gets_404_too() throws Exception {
        long id = demoReview("Harbour");
        assertThat(statusOf(get("/reviews/cases/" + id))).isEqualTo(404);
        assertThat(statusOf(get("/reviews/cases/" + id + "/edit"))).isEqualTo(404);
        assertThat(statusOf(get("/reviews/cases/" + id + "/report"))).isEqualTo(404);
    }

    @Test
    @WithUserDetails("admin@eastmere.example")
    void an_administrator_is_not_let_in_by_being_an_administrator() throws Exception {
        assertThat(statusOf(get("/reviews/cases/" + demoReview("Harbour")))).isEqualTo(404);
        assertThat(statusOf(get("/reviews/types"))).isEqualTo(403);
    }

    @Test
    @WithUserDetails("chair@eastmere.example")
    void a_panel_member_sees_the_review_and_the_file_and_every_read_is_logged() throws Exception {
        long id = aReviewWithChairOnPanel();
        var doc = page(get("/reviews/cases/" + id));
        assertThat(doc.select("h1").text()).startsWith("IT review");
        assertThat(doc.select("#panel + .lantern-table-scroll table").text()).contains("Agnieszka Wróbel", "Police representative");
        assertThat(restrictedReads(id, "chair@eastmere.example")).isEqualTo(1);

        var file = mvc.perform(get("/reviews/cases/" + id + "/report")).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(file.getContentType()).isEqualTo("application/pdf");
        assertThat(file.getContentAsByteArray()).isEqualTo(PDF);
        assertThat(restrictedReads(id, "chair@eastmere.example")).isEqualTo(2);

        var list = page(get("/reviews/cases")).text();
        assertThat(list).contains("Harbour").doesNotContain("Willow"); // on Harbour's panel, not Willow's
    }

    @Test
    @WithUserDetails("chair@eastmere.example")
    void a_panel_member_records_findings_and_milestones_but_may_not_change_the_review() throws Exception {
        long id = aReviewWithChairOnPanel();
        String base = "/reviews/cases/" + id;
        mvc.perform(post(base + "/findings/new").with(csrf()).param("body", "Agencies did not share the address change."))
                .andExpect(status().is3xxRedirection());
        long m = milestoneId(id, MilestonePlan.TERMS_OF_REFERENCE);
        mvc.perform(post(base + "/milestones/" + m).with(csrf()).param("doneDay", "20").param("doneMonth", "5").param("doneYear", "2024")
                .param("dueDay", "1").param("dueMonth", "1").param("dueYear", "2030").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        var doc = page(get(base));
        assertThat(doc.select("#findings + ol").text()).contains("Agencies did not share the address change.");
        assertThat(doc.select("#milestones + .lantern-table-scroll table").text()).contains("Done 20 May 2024");
        // the due date is the business unit's to change: a panel member's is ignored
        assertThat(jdbc.sql("SELECT due FROM case_review_milestone WHERE id = ?").param(m).query(LocalDate.class).single().getYear())
                .isEqualTo(2024);
        assertThat(statusOf(get(base + "/edit"))).isEqualTo(403);
        assertThat(statusOf(get(base + "/publication"))).isEqualTo(403);
        assertThat(statusOf(post(base + "/recommendations/new").with(csrf()).param("body", "x"))).isEqualTo(403);
    }

    @Test
    @WithUserDetails("partner.lead@eastmere.example")
    void a_partner_lead_sees_every_review() throws Exception {
        var list = page(get("/reviews/cases")).text();
        assertThat(list).contains("Harbour", "Willow");
    }

    // --- recommendations

    @Test
    @WithUserDetails("business.unit@eastmere.example")
    void a_recommendation_becomes_a_tracker_action_shown_on_the_review() throws Exception {
        long id = aReviewWithChairOnPanel();
        long police = jdbc.sql("SELECT id FROM organisation WHERE name = 'Eastmere Police'").query(Long.class).optional()
                .orElseGet(() -> jdbc.sql("SELECT id FROM organisation ORDER BY id LIMIT 1").query(Long.class).single());
        var due = LocalDate.now(clock).plusDays(60);
        mvc.perform(post("/reviews/cases/" + id + "/recommendations/new").with(csrf())
                .param("body", "Check every missing episode triggers a return home interview.")
                .param("ownerOrganisationId", String.valueOf(police))
                .param("dueDay", String.valueOf(due.getDayOfMonth())).param("dueMonth", String.valueOf(due.getMonthValue()))
                .param("dueYear", String.valueOf(due.getYear())))
                .andExpect(status().is3xxRedirection());
        var action = jdbc.sql("SELECT id, source_kind, source_path, owner_organisation_id, due_date FROM action_item WHERE source_id = ?")
                .param("case-review-" + id).query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getObject(5, LocalDate.class)}).single();
        assertThat(action[1]).isEqualTo("CASE_REVIEW");
        assertThat(action[2]).isEqualTo("/reviews/cases/" + id);
        assertThat(action[3]).isEqualTo(police);
        assertThat(action[4]).isEqualTo(due);
        var doc = page(get("/reviews/cases/" + id));
        var table = doc.select("#recommendations ~ .lantern-table-scroll table").text();
        assertThat(table).contains("1. Check every missing episode", String.format("A-%04d", (Long) action[0]), "Not started");
        assertThat(doc.select("#recommendations-complete").text()).contains("0% of the recommendations’ actions are complete (0 of 1)");
    }

    @Test
    @WithUserDetails("business.unit@eastmere.example")
    void the_demo_published_review_shows_its_recommendations_progress() throws Exception {
        var doc = page(get("/reviews/cases/" + demoReview("Harbour")));
        assertThat(doc.select(".govuk-tag").text()).contains("Published");
        assertThat(doc.select("#recommendations-complete").text()).contains("40%", "(2 of 5)");
        assertThat(doc.select("#milestones + .lantern-table-scroll table").text()).doesNotContain("Overdue");
        // Heron, the demo's running review, has its practitioner event overdue
        var heron = page(get("/reviews/cases/" + demoReview("Heron")));
        assertThat(heron.select("#milestones + .lantern-table-scroll table").text()).contains("Overdue", "working days late");
    }

    // --- bad input

    @Test
    @WithUserDetails("business.unit@eastmere.example")
    void a_decision_in_the_future_and_an_over_long_name_get_field_errors_with_the_input_kept() throws Exception {
        var future = LocalDate.now(clock).plusDays(3);
        var doc = page(post("/reviews/cases/new").with(csrf()).param("typeId", "1").param("title", "y".repeat(201))
                .param("decisionDay", String.valueOf(future.getDayOfMonth())).param("decisionMonth", String.valueOf(future.getMonthValue()))
                .param("decisionYear", String.valueOf(future.getYear())).param("termsOfReference", "Kept terms"));
        assertThat(doc.select(".govuk-error-summary").text()).contains("Decision date must be today or in the past",
                "Working name must be 200 characters or less");
        assertThat(doc.title()).startsWith("Error: ");
        assertThat(doc.select("#title").val()).hasSize(201);
        assertThat(doc.select("#termsOfReference").text()).isEqualTo("Kept terms");
        assertThat(doc.select("#decisionYear").val()).isEqualTo(String.valueOf(future.getYear()));
    }

    @Test
    @WithUserDetails("business.unit@eastmere.example")
    void not_a_date_and_no_type_get_field_errors() throws Exception {
        var doc = page(post("/reviews/cases/new").with(csrf()).param("typeId", "abc").param("title", "Fine")
                .param("decisionDay", "31").param("decisionMonth", "2").param("decisionYear", "2024"));
        assertThat(doc.select(".govuk-error-summary").text()).contains("Select the type of review", "Decision date must be a real date");
    }

    @Test
    @WithUserDetails("business.unit@eastmere.example")
    void a_review_is_recorded_with_its_standard_milestones_and_a_rapid_review_link() throws Exception {
        String title = "IT new " + UUID.randomUUID();
        String rapid = String.valueOf(jdbc.sql("SELECT min(id) FROM rapid_review").query(Long.class).single());
        var form = page(get("/reviews/cases/new?rapidReview=" + rapid));
        assertThat(form.select("input[name=rapidReviewId]").val()).isEqualTo(rapid);
        var unknown = page(post("/reviews/cases/new").with(csrf()).param("typeId", lcspr()).param("title", title)
                .param("rapidReviewId", "999999").param("decisionDay", "3").param("decisionMonth", "7").param("decisionYear", "2024"));
        assertThat(unknown.select(".govuk-error-summary").text()).contains("The rapid review this review is said to follow does not exist");
        assertThat(unknown.select("input[name=title]").val()).isEqualTo(title);
        var location = mvc.perform(post("/reviews/cases/new").with(csrf()).param("typeId", lcspr()).param("title", title)
                .param("rapidReviewId", rapid).param("decisionDay", "3").param("decisionMonth", "7").param("decisionYear", "2024"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        var doc = page(get(location));
        assertThat(doc.select("a[href=/reviews/rapid/" + rapid + "]")).hasSize(1);
        // decided in 2024-25, so the demo year 2023-24's figures stay the demo's (ReviewFactsIT)
        assertThat(doc.select(".govuk-caption-l").text()).matches("Case review CR-2024-\\d{2,}");
        var milestones = doc.select("#milestones + .lantern-table-scroll table").text();
        // publication 3 January 2025; 7 working days before it, over New Year and Christmas: 20 December 2024
        assertThat(milestones).contains("Report published 3 Jan 2025", "Secretary of State 20 Dec 2024");
    }

    @Test
    @WithUserDetails("business.unit@eastmere.example")
    void publication_before_the_decision_and_files_that_are_not_pdfs_get_field_errors() throws Exception {
        long id = aReviewWithChairOnPanel(); // decided 1 May 2024
        String v = String.valueOf(version(id));
        var doc = page(multipart("/reviews/cases/" + id + "/publication")
                .file(new MockMultipartFile("file", "setup.exe", "application/octet-stream", new byte[] {'M', 'Z', 1, 2}))
                .with(csrf()).param("publishedDay", "1").param("publishedMonth", "4").param("publishedYear", "2024")
                .param("publishedName", "Kept name").param("version", v));
        assertThat(doc.select(".govuk-error-summary").text()).contains("Publication date must be on or after the decision date",
                "The selected file is a program");
        assertThat(doc.select("#publishedName").val()).isEqualTo("Kept name");
        assertThat(doc.select("#reportFile-error").text()).contains("is a program");

        doc = page(multipart("/reviews/cases/" + id + "/publication")
                .file(new MockMultipartFile("file", "notes.txt", "text/plain", "words".getBytes(StandardCharsets.UTF_8)))
                .with(csrf()).param("publishedDay", "1").param("publishedMonth", "6").param("publishedYear", "2024")
                .param("sentDay", "5").param("sentMonth", "6").param("sentYear", "2024").param("version", v));
        assertThat(doc.select(".govuk-error-summary").text()).contains("The selected file must be a PDF",
                "Publication date must be on or after the date the report was sent", "Enter the anonymised name");

        // and a good one: sent 3 working days before publication is kept, with a warning on the page
        mvc.perform(multipart("/reviews/cases/" + id + "/publication")
                .file(new MockMultipartFile("file", "report.pdf", "application/pdf", PDF))
                .with(csrf()).param("sentDay", "3").param("sentMonth", "6").param("sentYear", "2024")
                .param("publishedDay", "6").param("publishedMonth", "6").param("publishedYear", "2024")
                .param("publishedName", "Lighthouse").param("version", v)).andExpect(status().is3xxRedirection());
        var review = page(get("/reviews/cases/" + id));
        assertThat(review.select("#sent-late").text()).contains("3 working days before publication");
        assertThat(review.select(".govuk-summary-list").text()).contains("6 June 2024 as “Lighthouse”", "Download the report (report.pdf)");
        assertThat(review.select("#milestones + .lantern-table-scroll table").text()).contains("Done 3 Jun 2024", "Done 6 Jun 2024");
    }

    @Test
    @WithUserDetails("business.unit@eastmere.example")
    void a_change_made_meanwhile_is_a_conflict_and_the_input_is_kept() throws Exception {
        long id = aReviewWithChairOnPanel();
        long stale = version(id);
        jdbc.sql("UPDATE case_review SET version = version + 1 WHERE id = ?").param(id).update();
        var doc = page(post("/reviews/cases/" + id + "/edit").with(csrf()).param("typeId", lcspr()).param("title", "My new name")
                .param("decisionDay", "1").param("decisionMonth", "5").param("decisionYear", "2024")
                .param("publicationDay", "1").param("publicationMonth", "11").param("publicationYear", "2024")
                .param("version", String.valueOf(stale)));
        assertThat(doc.select(".govuk-error-summary__list").text()).isEqualTo(EditConflicts.MESSAGE);
        assertThat(doc.select("#title").val()).isEqualTo("My new name");
        assertThat(doc.select("input[name=version]").val()).isEqualTo(String.valueOf(stale + 1));
        assertThat(jdbc.sql("SELECT title FROM case_review WHERE id = ?").param(id).query(String.class).single()).startsWith("IT review");
    }

    @Test
    @WithUserDetails("business.unit@eastmere.example")
    void review_types_are_managed_with_their_publication_months() throws Exception {
        String name = "IT type " + UUID.randomUUID().toString().substring(0, 8);
        var doc = page(post("/reviews/types/new").with(csrf()).param("name", name).param("statutory", "no").param("publicationMonths", "99"));
        assertThat(doc.select(".govuk-error-summary").text()).contains("from 1 to 36");
        assertThat(doc.select("#name").val()).isEqualTo(name);
        mvc.perform(post("/reviews/types/new").with(csrf()).param("name", name).param("statutory", "no").param("publicationMonths", "9"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get("/reviews/types")).text()).contains(name, "9 months after the decision",
                "Local child safeguarding practice review", "6 months after the decision");
        doc = page(post("/reviews/types/new").with(csrf()).param("name", name.toUpperCase()).param("statutory", "yes").param("publicationMonths", "3"));
        assertThat(doc.select(".govuk-error-summary").text()).contains("already a review type with that name");
    }

    String lcspr() {
        return String.valueOf(jdbc.sql("SELECT id FROM review_type WHERE name = 'Local child safeguarding practice review'")
                .query(Long.class).single());
    }

    // --- facts and clocks

    @Test
    void clocks_show_open_milestones_only_to_those_who_may_see_the_review() {
        var bu = app.lantern.identity.TestPeople.person(person("business.unit@eastmere.example"), "business.unit@eastmere.example", "BU", null,
                java.util.Set.of(Role.BUSINESS_UNIT));
        var member = app.lantern.identity.TestPeople.person(person("member@eastmere.example"), "member@eastmere.example", "Member", null,
                java.util.Set.of(Role.COMMITTEE_MEMBER));
        var heron = jdbc.sql("SELECT reference FROM case_review WHERE title = 'Heron'").query(String.class).single();
        var seen = clocks.openClocks(bu).stream().filter(c -> c.reference().equals(heron)).toList();
        assertThat(seen).extracting(StatutoryClock::stage).contains("Practitioner event held", "Report published");
        assertThat(seen.stream().filter(c -> c.stage().equals("Practitioner event held")).findFirst().orElseThrow().overdue()).isTrue();
        assertThat(seen).allSatisfy(c -> assertThat(c.kind()).isEqualTo("Case review"));
        assertThat(clocks.openClocks(member)).isEmpty();
    }
}
