package app.lantern.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.validation.BeanPropertyBindingResult;

import app.lantern.LanternIntegrationTest;
import app.lantern.shared.EditConflicts;
import app.lantern.identity.CurrentPerson;
import app.lantern.identity.People;
import app.lantern.shared.Role;

/**
 * 7-minute briefings as people use them: the public library without signing in, drafts kept from
 * everyone but the business unit and partner leads, publishing, the one-page PDF, form errors and
 * a conflicting change.
 */
@LanternIntegrationTest
@WithUserDetails("business.unit@eastmere.example")
class BriefingsIT {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired MockMvc mvc;
    @Autowired BriefingService briefings;
    @Autowired People people;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    CurrentPerson businessUnit() {
        var p = people.active().stream().filter(x -> x.email().equals("business.unit@eastmere.example")).findFirst().orElseThrow();
        return app.lantern.identity.TestPeople.person(p.id(), p.email(), p.fullName(), p.organisationId(), Set.of(Role.BUSINESS_UNIT));
    }

    String unique(String title) {
        return title + " " + System.nanoTime() % 100000 + "-" + SEQ.incrementAndGet();
    }

    BriefingDetails details(String title, String section) {
        return new BriefingDetails(title, BriefingSubject.AUDIT, null, "Test audit", section, section, section, section, section, section);
    }

    BriefingRecord draft(String title) {
        long id = briefings.create(details(title, "Some words."), businessUnit());
        return briefings.find(id).orElseThrow();
    }

    BriefingRecord published(BriefingDetails d) {
        long id = briefings.create(d, businessUnit());
        briefings.publish(id, 0, businessUnit());
        return briefings.find(id).orElseThrow();
    }

    BriefingRecord demo(String title) {
        return briefings.library("").stream().filter(b -> b.title().equals(title)).findFirst().orElseThrow();
    }

    Document page(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    HttpResponse<byte[]> anonymous(String path) throws Exception {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static int pages(byte[] pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    static String text(byte[] pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    // ---- public library -------------------------------------------------------------------------

    @Test
    void the_library_lists_published_briefings_newest_first_to_anyone_without_signing_in() throws Exception {
        var response = anonymous("/briefings");
        assertThat(response.statusCode()).isEqualTo(200);
        var doc = Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8));
        assertThat(doc.select("h1").text()).isEqualTo("7-minute briefings");
        assertThat(doc.select(".lantern-person")).isEmpty(); // nobody signed in
        List<String> titles = doc.select(".lantern-briefing-list h2").eachText();
        assertThat(titles).containsSubsequence("Professional curiosity in neglect: what our audit found",
                "Harbour: seeing the baby behind the moves", "Safe sleep at every contact: an infant's sudden death");
        assertThat(titles).doesNotContain("Willow: early learning");
    }

    @Test
    void a_published_briefing_is_a_public_page_with_its_seven_sections_as_text() throws Exception {
        var harbour = demo("Harbour: seeing the baby behind the moves");
        var response = anonymous("/briefings/" + harbour.slug());
        assertThat(response.statusCode()).isEqualTo(200);
        var doc = Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8));
        assertThat(doc.select("h1").text()).isEqualTo("Harbour: seeing the baby behind the moves");
        assertThat(doc.select("main h2").eachText()).containsExactly("1. Background", "2. Why it matters", "3. Key information",
                "4. What to remember", "5. What to do", "6. Questions to reflect on");
        assertThat(doc.select("#section-keyInformation ~ ul li").eachText()).contains("Health visiting contact restarted from scratch after every move.");
        assertThat(doc.select("#printable").attr("href")).isEqualTo("/briefings/" + harbour.slug() + ".pdf");
    }

    @Test
    @WithAnonymousUser
    void search_finds_briefings_containing_every_word() throws Exception {
        var doc = page(get("/briefings").param("q", "sofa baby"));
        assertThat(doc.select(".lantern-briefing-list h2").eachText()).containsExactly("Safe sleep at every contact: an infant's sudden death");
        assertThat(page(get("/briefings").param("q", "100%_\\")).select(".lantern-briefing-list h2")).isEmpty();
    }

    @Test
    void section_text_is_shown_as_text_never_as_html() throws Exception {
        var b = published(details(unique("Markup test"), "Before <script>alert(1)</script> <b>bold</b>"));
        var doc = Jsoup.parse(new String(anonymous("/briefings/" + b.slug()).body(), StandardCharsets.UTF_8));
        assertThat(doc.select("main script, main b")).isEmpty();
        assertThat(doc.select("#section-background ~ p").first().text()).isEqualTo("Before <script>alert(1)</script> <b>bold</b>");
    }

    @Test
    void drafts_and_unknown_addresses_are_not_found_in_the_library() throws Exception {
        var d = draft(unique("Secret draft"));
        assertThat(anonymous("/briefings/" + d.slug()).statusCode()).isEqualTo(404);
        assertThat(anonymous("/briefings/" + d.slug() + ".pdf").statusCode()).isEqualTo(404);
        assertThat(anonymous("/briefings/no-such-briefing").statusCode()).isEqualTo(404);
        assertThat(anonymous("/briefings/NOT%20A%20SLUG").statusCode()).isEqualTo(404);
        assertThat(new String(anonymous("/briefings").body(), StandardCharsets.UTF_8)).doesNotContain(d.title());
    }

    // ---- drafts are restricted ------------------------------------------------------------------

    @Test
    @WithUserDetails("agency.lead@eastmere.example")
    void an_agency_lead_gets_404_on_a_draft_and_sees_only_published_briefings() throws Exception {
        var d = draft(unique("Draft for leads only"));
        mvc.perform(get("/learning/briefings/" + d.id())).andExpect(status().isNotFound());
        mvc.perform(get("/learning/briefings/" + d.id() + "/printable.pdf")).andExpect(status().isNotFound());
        var list = page(get("/learning/briefings"));
        assertThat(list.text()).doesNotContain(d.title()).contains("Harbour: seeing the baby behind the moves");
        mvc.perform(get("/learning/briefings/new")).andExpect(status().isForbidden());
        mvc.perform(post("/learning/briefings/" + d.id() + "/publish").param("version", "0").with(csrf())).andExpect(status().isForbidden());
        assertThat(briefings.find(d.id()).orElseThrow().published()).isFalse();
    }

    @Test
    @WithUserDetails("partner.lead@eastmere.example")
    void a_partner_lead_reads_a_draft_and_the_read_is_logged() throws Exception {
        var d = draft(unique("Draft a partner lead reads"));
        var doc = page(get("/learning/briefings/" + d.id()));
        assertThat(doc.select("h1").text()).isEqualTo(d.title());
        assertThat(doc.select("#status").text()).isEqualTo("Draft: not public");
        assertThat(doc.select("#publish")).isEmpty(); // only the business unit publishes
        long logged = jdbc.sql("SELECT count(*) FROM activity_log WHERE actor_email = 'partner.lead@eastmere.example' "
                + "AND action = 'VIEWED_RESTRICTED' AND record_type = 'briefing' AND record_id = ?")
                .param(String.valueOf(d.id())).query(Long.class).single();
        assertThat(logged).isEqualTo(1);
    }

    // ---- writing and publishing -----------------------------------------------------------------

    @Test
    void the_business_unit_writes_a_draft_and_publishes_it_to_the_library() throws Exception {
        String title = unique("Learning from a neglect audit");
        var create = mvc.perform(post("/learning/briefings/new").with(csrf())
                        .param("title", title).param("subjectKind", "AUDIT").param("subjectId", "").param("subjectTitle", "Neglect audit 2025")
                        .param("background", "Twelve cases.\n- one\n- two").param("whyItMatters", "Because.").param("keyInformation", "Facts.")
                        .param("whatToRemember", "Remember.").param("whatToDo", "Do.").param("questions", "- Why?").param("version", ""))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(create.substring(create.lastIndexOf('/') + 1));
        var b = briefings.find(id).orElseThrow();
        assertThat(b.published()).isFalse();
        assertThat(b.slug()).startsWith("learning-from-a-neglect-audit-");
        assertThat(anonymous("/briefings/" + b.slug()).statusCode()).isEqualTo(404);

        mvc.perform(post("/learning/briefings/" + id + "/publish").param("version", "0").with(csrf()))
                .andExpect(status().is3xxRedirection());
        var now = briefings.find(id).orElseThrow();
        assertThat(now.published()).isTrue();
        assertThat(now.publishedOn()).isNotNull();
        var doc = Jsoup.parse(new String(anonymous("/briefings/" + b.slug()).body(), StandardCharsets.UTF_8));
        assertThat(doc.select("h1").text()).isEqualTo(title);
        assertThat(doc.select("#section-background ~ ul li").eachText()).containsExactly("one", "two");
        assertThat(jdbc.sql("SELECT count(*) FROM activity_log WHERE record_type = 'briefing' AND record_id = ? AND action = 'CHANGED' "
                + "AND summary LIKE 'Published%'").param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_second_briefing_with_the_same_title_gets_a_numbered_address_and_a_published_address_never_moves() {
        String title = unique("Same title");
        var first = published(details(title, "x"));
        var second = draft(title);
        assertThat(second.slug()).isEqualTo(first.slug() + "-2");
        briefings.update(first.id(), first.version(), details(title + " renamed", "x"), businessUnit());
        assertThat(briefings.find(first.id()).orElseThrow().slug()).isEqualTo(first.slug());
        briefings.update(second.id(), second.version(), details(title + " changed", "x"), businessUnit());
        assertThat(briefings.find(second.id()).orElseThrow().slug()).isEqualTo(BriefingText.slug(title + " changed"));
    }

    @Test
    void bad_input_is_answered_with_field_errors_and_the_input_kept() throws Exception {
        String tooLong = "y".repeat(BriefingText.MAX_SECTION + 1);
        var doc = page(post("/learning/briefings/new").with(csrf())
                .param("title", "").param("subjectKind", "NOPE").param("subjectId", "abc").param("subjectTitle", "Kept subject")
                .param("background", tooLong).param("whyItMatters", "Kept why").param("keyInformation", "")
                .param("whatToRemember", "r").param("whatToDo", "d").param("questions", "q"));
        assertThat(doc.title()).startsWith("Error: ");
        assertThat(doc.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#title", "#subjectKind",
                "#background", "#keyInformation");
        assertThat(doc.select("#background-error").text()).contains("Background must be 600 characters or less");
        assertThat(doc.select("#background").text()).isEqualTo(tooLong);
        assertThat(doc.select("#whyItMatters").text()).isEqualTo("Kept why");
        assertThat(doc.select("#subjectTitle").val()).isEqualTo("Kept subject");
    }

    @Test
    void a_change_that_crosses_someone_elses_is_refused_with_the_input_kept() throws Exception {
        var d = draft(unique("Conflict"));
        briefings.update(d.id(), d.version(), details(d.title(), "Their change."), businessUnit());
        var doc = page(post("/learning/briefings/" + d.id() + "/edit").with(csrf())
                .param("title", d.title()).param("subjectKind", "AUDIT").param("subjectTitle", "Test audit")
                .param("background", "My change.").param("whyItMatters", "w").param("keyInformation", "k")
                .param("whatToRemember", "r").param("whatToDo", "d").param("questions", "q").param("version", String.valueOf(d.version())));
        assertThat(doc.select(".govuk-error-summary__list").text()).isEqualTo(EditConflicts.MESSAGE);
        assertThat(doc.select("#background").text()).isEqualTo("My change.");
        assertThat(doc.select("input[name=version]").val()).isEqualTo(String.valueOf(d.version() + 1));
        assertThat(briefings.find(d.id()).orElseThrow().details().background()).isEqualTo("Their change.");

        // publishing with an old version is refused too
        mvc.perform(post("/learning/briefings/" + d.id() + "/publish").param("version", String.valueOf(d.version())).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/learning/briefings/" + d.id()))
                .andExpect(flash().attribute("problem", "Someone else changed this just now. Check it and try again"));
        assertThat(briefings.find(d.id()).orElseThrow().published()).isFalse();
    }

    // ---- the printable page ---------------------------------------------------------------------

    @Test
    void every_demo_briefing_prints_on_one_page_and_meets_the_form_rules() throws Exception {
        var titles = List.of("Harbour: seeing the baby behind the moves", "Safe sleep at every contact: an infant's sudden death",
                "Professional curiosity in neglect: what our audit found");
        for (String title : titles) {
            var b = demo(title);
            var response = anonymous("/briefings/" + b.slug() + ".pdf");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(pages(response.body())).as(title).isEqualTo(1);
            assertThat(text(response.body()).replaceAll("\\s+", " ")).contains(title, "6. Questions to reflect on");
            var errors = new BeanPropertyBindingResult(BriefingForm.of(b, null), "form");
            BriefingForm.of(b, null).check(errors, (kind, reference) -> java.util.Optional.empty());
            assertThat(errors.getAllErrors()).as(title).isEmpty();
        }
    }

    @Test
    void a_published_briefing_links_to_its_review_only_for_people_who_may_open_the_review() throws Exception {
        long harbour = jdbc.sql("SELECT id FROM case_review WHERE title = 'Harbour'").query(Long.class).single();
        long briefing = jdbc.sql("SELECT id FROM briefing WHERE subject_kind = 'CASE_REVIEW' AND subject_id = ? AND status = 'PUBLISHED' "
                + "ORDER BY id LIMIT 1").param(harbour).query(Long.class).single();
        var forBusinessUnit = org.jsoup.Jsoup.parse(mvc.perform(get("/learning/briefings/{id}", briefing))
                .andReturn().getResponse().getContentAsString());
        assertThat(forBusinessUnit.select("a[href=/reviews/cases/" + harbour + "]")).hasSize(1);

        var member = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                userDetails.loadUserByUsername("member@eastmere.example"));
        var forMember = org.jsoup.Jsoup.parse(mvc.perform(get("/learning/briefings/{id}", briefing).with(member))
                .andReturn().getResponse().getContentAsString());
        // the member reads the briefing and is told which review it came from, without a link that would answer 404
        assertThat(forMember.select("a[href^=/reviews/]")).isEmpty();
        assertThat(forMember.select(".govuk-summary-list").text()).contains("Case review – Harbour", "(CR-");
    }

    @Autowired org.springframework.security.core.userdetails.UserDetailsService userDetails;
}
