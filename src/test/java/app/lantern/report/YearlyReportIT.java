package app.lantern.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.lantern.LanternIntegrationTest;
import app.lantern.identity.People;
import app.lantern.shared.ReportingYear;
import app.lantern.shared.Role;

/**
 * The yearly report as its users meet it, on years of its own far from the demo's: starting from
 * the default chapters, the draft hidden from all but its readers, hostile and long input, a
 * conflicting edit, sign-off withdrawn by a later change, publishing refused without the three
 * sign-offs, and a published version frozen against later changes to the records it counts.
 */
@LanternIntegrationTest
class YearlyReportIT {

    static final String BU = "business.unit@eastmere.example";
    static final String LEAD = "partner.lead@eastmere.example";
    static final String SCRUTINEER = "scrutineer@eastmere.example";
    private static final AtomicInteger YEARS = new AtomicInteger(2090);

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired People people;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    MockHttpServletRequestBuilder as(String email, MockHttpServletRequestBuilder request) {
        return request.with(user(users.loadUserByUsername(email)));
    }

    Document page(String email, String url) throws Exception {
        return Jsoup.parse(mvc.perform(as(email, get(url))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    String redirect(String email, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(as(email, request.with(csrf()))).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
    }

    /** A report of its own: started by the business unit, with the three partner leads named. */
    ReportingYear started() throws Exception {
        var year = new ReportingYear(YEARS.getAndIncrement());
        assertThat(redirect(BU, post("/yearly-report/start").param("year", year.slug()))).isEqualTo("/yearly-report/" + year.slug());
        var leads = people.withRole(Role.PARTNER_LEAD).stream().map(p -> p.id()).toList();
        assertThat(leads).hasSizeGreaterThanOrEqualTo(3);
        var version = jdbc.sql("SELECT version FROM report WHERE start_year = ?").param(year.startYear()).query(Long.class).single();
        redirect(BU, post("/yearly-report/{y}/details", year.slug()).param("localAuthority", leads.get(0).toString())
                .param("police", leads.get(1).toString()).param("icb", leads.get(2).toString())
                .param("childrenText", "We kept children safe.").param("version", version.toString()));
        return year;
    }

    long chapter(ReportingYear year, String title) {
        return jdbc.sql("SELECT c.id FROM report_chapter c JOIN report r ON r.id = c.report_id WHERE r.start_year = ? AND c.title = ?")
                .params(year.startYear(), title).query(Long.class).single();
    }

    String emailOfLead(int index) {
        return people.withRole(Role.PARTNER_LEAD).get(index).email();
    }

    HttpResponse<String> anonymous(String path) throws Exception {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_new_report_starts_from_the_default_chapters_with_their_live_figures() throws Exception {
        var year = started();
        var doc = page(BU, "/yearly-report/" + year.slug());
        assertThat(doc.select("h1").text()).isEqualTo("Yearly report " + year.label());
        assertThat(doc.select(".lantern-report-chapter > a").eachText()).startsWith("1. Welcome from the safeguarding partners",
                "2. Our area", "3. Highlights of the year", "4. Role and structure").endsWith("14. Glossary");
        assertThat(doc.select(".lantern-checklist__item").text()).contains("Funding", "Covered", "Not covered");
        var funding = page(BU, "/yearly-report/" + year.slug() + "/chapters/" + chapter(year, "Relevant agencies"));
        assertThat(funding.select("table.lantern-report-figures caption").text())
                .isEqualTo("Relevant agencies: " + year.label() + " compared with " + year.previous().label());
        assertThat(funding.select("table.lantern-report-figures th[scope=row]").first().text()).isEqualTo("Organisations on the register");
        assertThat(funding.select(".lantern-report-sources a").first().attr("href")).startsWith("/organisations/");
    }

    @Test
    void drafts_are_hidden_from_all_but_their_readers_and_only_the_business_unit_changes_them() throws Exception {
        var year = started();
        for (String email : new String[]{"agency.lead@eastmere.example", "member@eastmere.example", "chair@eastmere.example",
                "trainer@eastmere.example", "lado@eastmere.example", "admin@eastmere.example"}) {
            mvc.perform(as(email, get("/yearly-report/" + year.slug()))).andExpect(status().isNotFound());
            mvc.perform(as(email, post("/yearly-report/{y}/chapters", year.slug()).with(csrf()).param("title", "X")))
                    .andExpect(status().isNotFound());
        }
        assertThat(page(SCRUTINEER, "/yearly-report/" + year.slug()).select("h1").text()).contains(year.label());
        mvc.perform(as(SCRUTINEER, post("/yearly-report/{y}/chapters", year.slug()).with(csrf()).param("title", "X")))
                .andExpect(status().isForbidden());
        mvc.perform(as(LEAD, post("/yearly-report/{y}/publish", year.slug()).with(csrf()))).andExpect(status().isForbidden());
        // a reader comments; the business unit resolves
        long chapter = chapter(year, "Highlights of the year");
        redirect(SCRUTINEER, post("/yearly-report/{y}/chapters/{c}/comments", year.slug(), chapter).param("body", "Say what changed for children."));
        var doc = page(BU, "/yearly-report/" + year.slug() + "/chapters/" + chapter);
        assertThat(doc.select(".lantern-report-comment").text()).contains("Say what changed for children.", "Open");
        long comment = jdbc.sql("SELECT id FROM report_comment WHERE chapter_id = ?").param(chapter).query(Long.class).single();
        redirect(BU, post("/yearly-report/{y}/chapters/{c}/comments/{m}/resolve", year.slug(), chapter, comment)
                .param("resolution", "Added Sam's story."));
        assertThat(page(SCRUTINEER, "/yearly-report/" + year.slug() + "/chapters/" + chapter).select(".lantern-report-comment").text())
                .contains("Resolved", "Added Sam's story.");
        mvc.perform(get("/yearly-report/" + year.slug())).andExpect(status().is3xxRedirection()); // signed out: sign in first
    }

    @Test
    void hostile_long_and_wrong_input_is_kept_refused_with_a_field_error_or_shown_as_text() throws Exception {
        var year = started();
        long chapter = chapter(year, "Our area");
        String base = "/yearly-report/" + year.slug() + "/chapters/" + chapter;
        // an image without a text alternative is refused, the text kept
        var refused = Jsoup.parse(mvc.perform(as(BU, post(base + "/parts/new").with(csrf()).param("kind", "NARRATIVE")
                .param("body", "Our map\n![](/assets/map.png)"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(refused.title()).startsWith("Error: ");
        assertThat(refused.select("#body-error").text()).contains("The image on line 2 has no text alternative");
        assertThat(refused.select("textarea#body").first().wholeText()).endsWith("Our map\n![](/assets/map.png)");
        // script and a javascript: link are text, never markup
        redirect(BU, post(base + "/parts/new").param("kind", "NARRATIVE")
                .param("body", "<script>alert('x')</script> [click](javascript:alert(1)) <b onmouseover=alert(2)>bold</b>"));
        var shown = page(BU, base);
        assertThat(shown.select(".lantern-report-part script, .lantern-report-part b, .lantern-report-part a[href^=javascript]")).isEmpty();
        assertThat(shown.select(".lantern-report-part").text()).contains("<script>alert('x')</script>", "<b onmouseover=alert(2)>bold</b>");
        // a chapter of 100,000 characters saves and renders
        String longText = "Children in Eastmere told us what matters to them. ".repeat(2_000);
        redirect(BU, post(base + "/parts/new").param("kind", "NARRATIVE").param("body", longText));
        assertThat(page(BU, base).select(".lantern-report-part p").text()).contains("Children in Eastmere told us");
        // a case study without consent or story: one error a field, the rest kept
        var caseStudy = Jsoup.parse(mvc.perform(as(BU, post(base + "/parts/new").with(csrf()).param("kind", "CASE_STUDY")
                .param("title", "Sam's story"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(caseStudy.select(".govuk-error-summary__list a").eachText()).containsExactly("Enter the story, anonymised",
                "Enter what changed for the child", "Confirm that consent to tell this story is recorded");
        assertThat(caseStudy.select("input#title").val()).isEqualTo("Sam's story");
        // nonsense ids and kinds are 404, never 500
        mvc.perform(as(BU, get(base + "/parts/new").param("kind", "NOPE"))).andExpect(status().isNotFound());
        mvc.perform(as(BU, get("/yearly-report/not-a-year"))).andExpect(status().isNotFound());
        mvc.perform(as(BU, get("/yearly-report/" + year.slug() + "/chapters/999999999"))).andExpect(status().isNotFound());
    }

    @Test
    void the_second_of_two_people_editing_a_part_is_told_and_keeps_their_text() throws Exception {
        var year = started();
        long chapter = chapter(year, "Communication");
        String base = "/yearly-report/" + year.slug() + "/chapters/" + chapter;
        redirect(BU, post(base + "/parts/new").param("kind", "NARRATIVE").param("body", "First words."));
        long part = jdbc.sql("SELECT id FROM report_part WHERE chapter_id = ?").param(chapter).query(Long.class).single();
        redirect(BU, post(base + "/parts/" + part).param("body", "Their words.").param("version", "0"));
        var second = Jsoup.parse(mvc.perform(as(BU, post(base + "/parts/" + part).with(csrf()).param("body", "My words.")
                .param("version", "0"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(second.select(".govuk-error-summary").text()).contains("Someone else changed this while you were editing it");
        assertThat(second.select("textarea#body").text()).isEqualTo("My words.");
        assertThat(jdbc.sql("SELECT body FROM report_part WHERE id = ?").param(part).query(String.class).single()).isEqualTo("Their words.");
    }

    @Test
    void a_change_after_sign_off_withdraws_it_with_the_reason_and_publishing_needs_all_three() throws Exception {
        var year = started();
        String overview = "/yearly-report/" + year.slug();
        int revision = jdbc.sql("SELECT revision FROM report WHERE start_year = ?").param(year.startYear()).query(Integer.class).single();
        redirect(emailOfLead(1), post(overview + "/sign-off").param("partner", "POLICE").param("revision", String.valueOf(revision)));
        // only the lead named for a partner signs for it
        mvc.perform(as(emailOfLead(1), post(overview + "/sign-off").with(csrf()).param("partner", "ICB").param("revision",
                String.valueOf(revision)))).andExpect(status().isForbidden());
        assertThat(page(BU, overview).select("#sign-off ~ dl .govuk-tag--green")).hasSize(1);

        long chapter = chapter(year, "Highlights of the year");
        redirect(BU, post(overview + "/chapters/" + chapter + "/parts/new").param("kind", "NARRATIVE").param("body", "A late change."));
        var doc = page(BU, overview);
        assertThat(doc.select("#sign-off ~ dl .govuk-tag--green")).isEmpty();
        assertThat(doc.text()).contains("Withdrawn because the draft changed after it was signed off: text added to chapter 3, "
                + "Highlights of the year, by");
        // publishing is refused with the reason
        var refused = mvc.perform(as(BU, post(overview + "/publish").with(csrf()).param("revision", String.valueOf(revision + 1))))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap();
        assertThat(refused.get("publishProblem")).isEqualTo("The report cannot be published until the lead partners for the "
                + "local authority, police and integrated care board have signed off the draft as it stands");
        assertThat(jdbc.sql("SELECT count(*) FROM report_version v JOIN report r ON r.id = v.report_id WHERE r.start_year = ?")
                .param(year.startYear()).query(Integer.class).single()).isZero();
    }

    @Test
    void a_published_version_is_frozen_public_and_replaced_only_by_a_new_version_with_a_note() throws Exception {
        var year = started();
        String overview = "/yearly-report/" + year.slug();
        int revision = jdbc.sql("SELECT revision FROM report WHERE start_year = ?").param(year.startYear()).query(Integer.class).single();
        String[] partners = {"LOCAL_AUTHORITY", "POLICE", "ICB"};
        for (int i = 0; i < 3; i++) {
            redirect(emailOfLead(i), post(overview + "/sign-off").param("partner", partners[i]).param("revision", String.valueOf(revision)));
        }
        redirect(BU, post(overview + "/publish").param("revision", String.valueOf(revision)));
        var contents = anonymous("/reports/" + year.slug());
        assertThat(contents.statusCode()).isEqualTo(200);
        var doc = Jsoup.parse(contents.body());
        assertThat(doc.select("h1").text()).isEqualTo("Yearly report " + year.label());
        String agencies = doc.select("a:contains(Relevant agencies)").attr("href");
        assertThat(agencies).isEqualTo("/reports/" + year.slug() + "/v1/7-relevant-agencies");
        String before = Jsoup.parse(anonymous(agencies).body()).select("table.lantern-report-figures tbody tr").first().text();

        // a record the figures count changes after publication
        jdbc.sql("INSERT INTO organisation (name, type, sector, active) VALUES (?, 'CHARITY', 'VOLUNTARY', true)")
                .param("Frozen Test Charity " + year.startYear()).update();
        String liveAfter = page(BU, overview + "/chapters/" + chapter(year, "Relevant agencies"))
                .select("table.lantern-report-figures tbody tr").first().text();
        assertThat(liveAfter).isNotEqualTo(before);
        assertThat(Jsoup.parse(anonymous(agencies).body()).select("table.lantern-report-figures tbody tr").first().text()).isEqualTo(before);

        var pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/reports/"
                + year.slug() + "/v1/report.pdf")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        // until it is sent to every body it must go to, the business unit's home page says so
        assertThat(page(BU, "/").select("#clocks li").eachText()).anyMatch(c -> c.startsWith("Yearly report " + year.label()
                + ": Send the published report to 2 bodies, due "));
        var wrongDate = mvc.perform(as(BU, post(overview + "/sent").with(csrf()).param("recipient", "Child Safeguarding Practice Review Panel")
                .param("sentDay", "31").param("sentMonth", "2").param("sentYear", "2026"))).andReturn().getFlashMap();
        assertThat(wrongDate.get("sentProblem")).isEqualTo("Child Safeguarding Practice Review Panel: Date it was sent must be a real date, like 27 3 2025");
        for (String body : new String[]{"Child Safeguarding Practice Review Panel", "Foundations (What Works Centre for Children & Families)"}) {
            redirect(BU, post(overview + "/sent").param("recipient", body).param("sentDay", "1").param("sentMonth", "11")
                    .param("sentYear", "2026"));
        }
        assertThat(page(BU, overview).select("#sending ~ dl").text()).contains("Sent 1 November 2026").doesNotContain("Not sent");
        assertThat(page(BU, "/").select("#clocks li").eachText()).noneMatch(c -> c.startsWith("Yearly report " + year.label()));

        // a second version needs a note, and the first then says it was replaced
        revision = jdbc.sql("SELECT revision FROM report WHERE start_year = ?").param(year.startYear()).query(Integer.class).single();
        var refused = mvc.perform(as(BU, post(overview + "/publish").with(csrf()).param("revision", String.valueOf(revision))))
                .andReturn().getFlashMap();
        assertThat(refused.get("publishProblem")).isEqualTo("Say what changed since version 1: readers of the earlier version are shown it");
        redirect(BU, post(overview + "/publish").param("revision", String.valueOf(revision)).param("changeNote", "Adds a charity"));
        var v1 = Jsoup.parse(anonymous("/reports/" + year.slug() + "/v1").body());
        assertThat(v1.select(".govuk-notification-banner").text()).contains("It was replaced by version 2", "Adds a charity");
        assertThat(Jsoup.parse(anonymous("/reports/" + year.slug()).body()).text()).contains("Version 2");
        assertThat(Jsoup.parse(anonymous("/reports").body()).text()).contains("Yearly report " + year.label());
    }
}
