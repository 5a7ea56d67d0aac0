package app.lantern.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.lantern.LanternIntegrationTest;
import app.lantern.shared.EditConflicts;
import app.lantern.identity.CurrentPerson;
import app.lantern.identity.People;
import app.lantern.shared.Role;
import app.lantern.shared.ReportingYear;

/**
 * Learning events, learning points and the year's learning figures. Tests that add records date
 * them in years far ahead, so the demo's 2023–24 figures stay as loaded.
 */
@LanternIntegrationTest
@WithUserDetails("business.unit@eastmere.example")
class LearningIT {

    @Autowired MockMvc mvc;
    @Autowired LearningService learning;
    @Autowired BriefingService briefings;
    @Autowired People people;
    @Autowired JdbcClient jdbc;

    CurrentPerson businessUnit() {
        var p = people.active().stream().filter(x -> x.email().equals("business.unit@eastmere.example")).findFirst().orElseThrow();
        return app.lantern.identity.TestPeople.person(p.id(), p.email(), p.fullName(), p.organisationId(), Set.of(Role.BUSINESS_UNIT));
    }

    /** A reporting year no other test uses. */
    ReportingYear freshYear() {
        int last = jdbc.sql("""
                SELECT COALESCE(max(y), 2149) FROM (SELECT EXTRACT(YEAR FROM held_on)::int AS y FROM learning_event
                UNION ALL SELECT EXTRACT(YEAR FROM identified_on)::int FROM learning_point) d WHERE y >= 2150""")
                .query(Integer.class).single();
        return new ReportingYear(last + 1);
    }

    Document page(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    long id(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void facts_for_2023_24_count_the_demo_briefings_events_attendance_and_points_with_their_ids() {
        var facts = learning.learningFacts(ReportingYear.parse("2023-24"));
        long harbour = id("SELECT id FROM briefing WHERE title = 'Harbour: seeing the baby behind the moves'");
        long rapid = id("SELECT id FROM briefing WHERE title = 'Safe sleep at every contact: an infant''s sudden death'");
        long audit = id("SELECT id FROM briefing WHERE title = 'Professional curiosity in neglect: what our audit found'");
        assertThat(facts.briefingsPublished()).containsExactly(rapid, harbour); // the audit's was published in 2024-25
        assertThat(facts.briefingsPublished()).doesNotContain(audit);
        assertThat(facts.eventsHeldCount()).isEqualTo(3);
        assertThat(facts.totalAttended()).isEqualTo(85 + 140 + 27);
        assertThat(facts.eventsWithAttendance()).containsExactlyInAnyOrderElementsOf(facts.eventsHeld());
        assertThat(facts.learningPointsCount()).isEqualTo(10);
        assertThat(facts.pointsByTheme().get(LearningTheme.NEGLECT)).hasSize(2);
        assertThat(facts.pointsByTheme().get(LearningTheme.INFORMATION_SHARING)).hasSize(2);
        assertThat(facts.pointsByTheme().keySet()).containsExactly(LearningTheme.values());
        assertThat(facts.learningPoints()).hasSize(10).doesNotHaveDuplicates();

        var next = learning.learningFacts(ReportingYear.parse("2024-25"));
        assertThat(next.briefingsPublished()).containsExactly(audit);
        assertThat(next.totalAttended()).isEqualTo(176);
        assertThat(next.learningPointsCount()).isEqualTo(3);
    }

    @Test
    @WithUserDetails("member@eastmere.example")
    void the_learning_page_shows_the_years_figures_with_links_to_the_points_behind_them() throws Exception {
        var doc = page(get("/learning").param("year", "2023-24"));
        assertThat(doc.select("h1").text()).isEqualTo("Learning from reviews and audits");
        assertThat(doc.select("#briefings-published .lantern-figure__number").text()).isEqualTo("2");
        assertThat(doc.select("#events-held .lantern-figure__number").text()).isEqualTo("3");
        assertThat(doc.select("#total-attended .lantern-figure__number").text()).isEqualTo("252");
        var neglect = doc.select("#points-by-theme a[href*=theme=NEGLECT]");
        assertThat(neglect.text()).isEqualTo("2");
        var points = page(get(neglect.attr("href")));
        assertThat(points.select("h1").text()).isEqualTo("Learning points: Neglect");
        assertThat(points.select("tbody tr")).hasSize(2);
        assertThat(points.select("a[href$=/edit]")).isEmpty(); // only the business unit changes them
        assertThat(page(get("/learning").param("year", "not a year")).select("h1").text()).isEqualTo("Learning from reviews and audits");
        mvc.perform(get("/learning/events/new")).andExpect(status().isForbidden());
    }

    @Test
    void the_business_unit_records_an_event_and_its_attendance_is_counted_in_its_year() throws Exception {
        var year = freshYear();
        String date = String.valueOf(year.startYear());
        mvc.perform(post("/learning/events/new").with(csrf()).param("title", "Future webinar").param("heldOnDay", "10")
                        .param("heldOnMonth", "6").param("heldOnYear", date).param("format", "WEBINAR").param("briefingId", "")
                        .param("places", "50").param("attended", "45"))
                .andExpect(status().is3xxRedirection());
        var facts = learning.learningFacts(year);
        assertThat(facts.eventsHeldCount()).isEqualTo(1);
        assertThat(facts.totalAttended()).isEqualTo(45);
        var doc = page(get("/learning/events").param("year", year.slug()));
        assertThat(doc.select("tbody tr").text()).contains("Future webinar", "Webinar", "50", "45");
    }

    @Test
    void more_attended_than_places_is_answered_with_a_field_error_and_the_input_kept() throws Exception {
        var doc = page(post("/learning/events/new").with(csrf()).param("title", "Too full").param("heldOnDay", "31")
                .param("heldOnMonth", "2").param("heldOnYear", "2024").param("format", "WORKSHOP")
                .param("places", "20").param("attended", "25").param("briefingId", "999999"));
        assertThat(doc.title()).startsWith("Error: ");
        assertThat(doc.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#heldOnDay", "#briefingId", "#attended");
        assertThat(doc.select("#attended-error").text()).contains("Number attended must be no more than the places (20)");
        assertThat(doc.select("#title").val()).isEqualTo("Too full");
        assertThat(doc.select("#attended").val()).isEqualTo("25");
    }

    @Test
    void a_learning_point_change_that_crosses_someone_elses_is_refused_with_the_input_kept() throws Exception {
        var year = freshYear();
        long id = learning.addPoint(new LearningPointDetails("Original", year.start(), BriefingSubject.AUDIT, "Audit",
                LearningTheme.ESCALATION), businessUnit());
        learning.updatePoint(id, 0, new LearningPointDetails("Theirs", year.start(), BriefingSubject.AUDIT, "Audit",
                LearningTheme.ESCALATION), businessUnit());
        var doc = page(post("/learning/points/" + id + "/edit").with(csrf()).param("text", "Mine")
                .param("identifiedOnDay", "1").param("identifiedOnMonth", "4").param("identifiedOnYear", String.valueOf(year.startYear()))
                .param("source", "AUDIT").param("sourceTitle", "Audit").param("theme", "ESCALATION").param("version", "0"));
        assertThat(doc.select(".govuk-error-summary__list").text()).isEqualTo(EditConflicts.MESSAGE);
        assertThat(doc.select("#text").text()).isEqualTo("Mine");
        assertThat(learning.point(id).orElseThrow().details().text()).isEqualTo("Theirs");

        mvc.perform(post("/learning/points/" + id + "/edit").with(csrf()).param("text", "Mine")
                        .param("identifiedOnDay", "1").param("identifiedOnMonth", "4").param("identifiedOnYear", String.valueOf(year.startYear()))
                        .param("source", "AUDIT").param("sourceTitle", "Audit").param("theme", "NEGLECT").param("version", "1"))
                .andExpect(status().is3xxRedirection());
        assertThat(learning.learningFacts(year).pointsByTheme().get(LearningTheme.NEGLECT)).containsExactly(id);
    }

    @Test
    void a_learning_point_without_its_theme_source_or_date_is_refused_field_by_field() throws Exception {
        var doc = page(post("/learning/points/new").with(csrf()).param("text", "Kept text").param("identifiedOnDay", "1")
                .param("identifiedOnMonth", "13").param("identifiedOnYear", "2024").param("source", "").param("sourceTitle", "")
                .param("theme", "BOGUS"));
        assertThat(doc.select(".govuk-error-summary a").eachAttr("href"))
                .containsExactly("#identifiedOnDay", "#source", "#sourceTitle", "#theme");
        assertThat(doc.select("#text").text()).isEqualTo("Kept text");
    }

    @Test
    void an_event_may_name_only_a_published_briefing() throws Exception {
        long draft = briefings.create(new BriefingDetails("Draft for events " + System.nanoTime(), BriefingSubject.OTHER, null, "x",
                "a", "a", "a", "a", "a", "a"), businessUnit());
        var form = page(get("/learning/events/new"));
        assertThat(form.select("#briefingId option").eachAttr("value")).doesNotContain(String.valueOf(draft))
                .contains(String.valueOf(id("SELECT id FROM briefing WHERE title = 'Harbour: seeing the baby behind the moves'")));
        var doc = page(post("/learning/events/new").with(csrf()).param("title", "E").param("heldOnDay", "1").param("heldOnMonth", "5")
                .param("heldOnYear", "2024").param("format", "WORKSHOP").param("briefingId", String.valueOf(draft)));
        assertThat(doc.select("#briefingId-error").text()).contains("Select a published briefing from the list, or none");
    }

    @Test
    void learning_points_identified_on_the_years_edges_count_in_that_year() {
        var year = freshYear();
        long first = learning.addPoint(new LearningPointDetails("First day", year.start(), BriefingSubject.OTHER, "x",
                LearningTheme.OTHER), businessUnit());
        long last = learning.addPoint(new LearningPointDetails("Last day", year.end(), BriefingSubject.OTHER, "x",
                LearningTheme.OTHER), businessUnit());
        learning.addPoint(new LearningPointDetails("Next year", year.end().plusDays(1), BriefingSubject.OTHER, "x",
                LearningTheme.OTHER), businessUnit());
        assertThat(learning.learningFacts(year).learningPoints()).containsExactly(first, last);
        assertThat(LocalDate.of(year.startYear(), 4, 1)).isEqualTo(year.start());
    }
}
