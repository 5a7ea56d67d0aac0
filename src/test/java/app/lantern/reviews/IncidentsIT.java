package app.lantern.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.lantern.LanternIntegrationTest;
import app.lantern.shared.EditConflicts;
import app.lantern.calendar.WorkingDayCalendar;
import app.lantern.shared.ReportingYear;
import app.lantern.shared.TimescaleRule;

/**
 * Serious incident notifications and rapid reviews through the web: who may see them (404 for
 * everyone else, reads logged), an agency lead answering their own agency's request only, bad
 * input answered with GOV.UK errors, optimistic locking, and the demo year's figures.
 */
@LanternIntegrationTest
class IncidentsIT {

    static final String BU = "business.unit@eastmere.example";
    static final String PARTNER = "partner.lead@eastmere.example";
    static final String AGENCY = "agency.lead@eastmere.example";
    static final String MEMBER = "member@eastmere.example";
    static final String ADMIN = "admin@eastmere.example";

    @Autowired MockMvc mvc;
    @Autowired Clock clock;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;
    @Autowired IncidentService incidents;
    @Autowired IncidentFigures figures;
    @Autowired WorkingDayCalendar calendar;

    MockHttpServletRequestBuilder as(String email, MockHttpServletRequestBuilder request) {
        return request.with(user(users.loadUserByUsername(email)));
    }

    long org(String name) {
        return jdbc.sql("SELECT id FROM organisation WHERE name = ?").param(name).query(Long.class).single();
    }

    MockHttpServletRequestBuilder notificationForm(String url, String childRef, LocalDate incident, LocalDate aware, LocalDate notified) {
        var r = post(url).with(csrf()).param("childReference", childRef).param("childInitials", "TW").param("ageYears", "6")
                .param("sex", "MALE").param("ethnicity", "NOT_KNOWN").param("harm", "SERIOUSLY_HARMED").param("abuse", "SUSPECTED")
                .param("lookedAfter", "NO").param("summary", "Fictional test incident")
                .param("agencies", String.valueOf(org("Eastmere High School")), String.valueOf(org("Eastmere Police")))
                .param("incidentDay", day(incident)).param("incidentMonth", month(incident)).param("incidentYear", year(incident))
                .param("awareDay", day(aware)).param("awareMonth", month(aware)).param("awareYear", year(aware));
        if (notified != null) r.param("notifiedDay", day(notified)).param("notifiedMonth", month(notified)).param("notifiedYear", year(notified));
        return r.param("version", "0");
    }

    static String day(LocalDate d) { return String.valueOf(d.getDayOfMonth()); }
    static String month(LocalDate d) { return String.valueOf(d.getMonthValue()); }
    static String year(LocalDate d) { return String.valueOf(d.getYear()); }

    /** Records a notification as the business unit and returns its id. */
    long newNotification(String childRef, LocalDate notified) throws Exception {
        LocalDate aware = LocalDate.now(clock).minusDays(10);
        String location = mvc.perform(as(BU, notificationForm("/reviews/notifications/new", childRef, aware.minusDays(1), aware, notified)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    long startRapidReview(long notificationId) throws Exception {
        String location = mvc.perform(as(BU, post("/reviews/notifications/{id}/rapid-review", notificationId).with(csrf())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/reviews/rapid/");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    long requestOf(long rapidReviewId, String organisation) {
        return jdbc.sql("SELECT id FROM agency_summary_request WHERE rapid_review_id = ? AND organisation_id = ?")
                .params(rapidReviewId, org(organisation)).query(Long.class).single();
    }

    Document page(String email, String url, Object... vars) throws Exception {
        return Jsoup.parse(mvc.perform(as(email, get(url, vars))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    long restrictedReads(String email, String type, long id) {
        return jdbc.sql("SELECT count(*) FROM activity_log WHERE action = 'VIEWED_RESTRICTED' AND actor_email = ? AND record_type = ? AND record_id = ?")
                .params(email, type, String.valueOf(id)).query(Long.class).single();
    }

    @Test
    void only_the_business_unit_and_partner_leads_see_notifications_and_rapid_reviews_others_get_404() throws Exception {
        long n = newNotification("IT-ACCESS-" + System.nanoTime() % 100000, LocalDate.now(clock).minusDays(8));
        long r = startRapidReview(n);
        for (String email : new String[]{MEMBER, AGENCY, ADMIN}) {
            for (String url : new String[]{"/reviews/notifications/" + n, "/reviews/notifications/" + n + "/edit", "/reviews/rapid/" + r,
                    "/reviews/rapid/" + r + "/edit", "/reviews/notifications", "/reviews/rapid", "/reviews/notifications/new",
                    "/reviews/rapid/" + r + "/actions/new", "/reviews/notifications/999999999"}) {
                mvc.perform(as(email, get(url))).andExpect(status().isNotFound());
            }
            mvc.perform(as(email, post("/reviews/notifications/{id}/rapid-review", n).with(csrf()))).andExpect(status().isNotFound());
            mvc.perform(as(email, post("/reviews/rapid/{id}/edit", r).with(csrf()).param("version", "0"))).andExpect(status().isNotFound());
        }
        // a partner lead reads but may not change
        var partnerView = page(PARTNER, "/reviews/notifications/{id}", n);
        assertThat(partnerView.select("h1").text()).startsWith("SIN-");
        assertThat(partnerView.select("a[href$=/edit]")).isEmpty();
        mvc.perform(as(PARTNER, get("/reviews/notifications/{id}/edit", n))).andExpect(status().isForbidden());

        long before = restrictedReads(BU, IncidentService.RECORD_TYPE, n);
        var view = page(BU, "/reviews/notifications/{id}", n);
        assertThat(view.select("main").text()).contains("Eastmere High School", "Eastmere Police");
        assertThat(restrictedReads(BU, IncidentService.RECORD_TYPE, n)).isEqualTo(before + 1);
        long beforeReview = restrictedReads(BU, RapidReviewService.RECORD_TYPE, r);
        page(BU, "/reviews/rapid/{id}", r);
        assertThat(restrictedReads(BU, RapidReviewService.RECORD_TYPE, r)).isEqualTo(beforeReview + 1);
    }

    @Test
    void an_agency_lead_completes_their_own_agencys_request_but_gets_404_on_another_agencys() throws Exception {
        String child = "IT-REQ-" + System.nanoTime() % 100000;
        long r = startRapidReview(newNotification(child, LocalDate.now(clock).minusDays(8)));
        long school = requestOf(r, "Eastmere High School");
        long police = requestOf(r, "Eastmere Police");

        mvc.perform(as(AGENCY, get("/reviews/rapid/{id}/requests/{q}", r, police))).andExpect(status().isNotFound());
        mvc.perform(as(AGENCY, post("/reviews/rapid/{id}/requests/{q}", r, police).with(csrf()).param("involvement", "x").param("version", "0")))
                .andExpect(status().isNotFound());
        mvc.perform(as(MEMBER, get("/reviews/rapid/{id}/requests/{q}", r, school))).andExpect(status().isNotFound());

        var dashboard = page(AGENCY, "/reviews");
        assertThat(dashboard.select("#my-requests").text()).contains(child);
        assertThat(dashboard.select("#clocks")).isEmpty();

        var request = page(AGENCY, "/reviews/rapid/{id}/requests/{q}", r, school);
        assertThat(request.select("#request").text()).contains(child, "TW");
        assertThat(request.select("main").text()).doesNotContain("Fictional test incident");

        // blank summary: an error with the other input kept
        var blank = Jsoup.parse(mvc.perform(as(AGENCY, post("/reviews/rapid/{id}/requests/{q}", r, school).with(csrf())
                        .param("involvement", " ").param("immediateLearning", "Kept text").param("version", "0")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(blank.select(".govuk-error-summary").text()).contains("Enter the summary of your agency’s involvement");
        assertThat(blank.select("#immediateLearning").text()).isEqualTo("Kept text");

        mvc.perform(as(AGENCY, post("/reviews/rapid/{id}/requests/{q}", r, school).with(csrf())
                        .param("involvement", "Pupil known to the pastoral team since Year 7.").param("immediateLearning", "").param("version", "0")))
                .andExpect(status().is3xxRedirection());
        var done = page(AGENCY, "/reviews/rapid/{id}/requests/{q}", r, school);
        assertThat(done.select("main").text()).contains("Summary submitted", "Pupil known to the pastoral team", "Rory O'Brien");
        assertThat(done.select("textarea")).isEmpty();
        var review = page(BU, "/reviews/rapid/{id}", r);
        assertThat(review.select("tr:has(a:containsOwn(Eastmere High School))").text()).contains("Submitted", "Rory O'Brien");
        assertThat(review.select("tr:has(a:containsOwn(Eastmere Police))").text()).contains("Requested");
    }

    @Test
    void dates_in_the_wrong_order_and_bad_dates_are_field_errors_with_the_input_kept() throws Exception {
        LocalDate today = LocalDate.now(clock);
        var res = mvc.perform(as(BU, notificationForm("/reviews/notifications/new", "IT-BAD-1", today.minusDays(2), today.minusDays(5), today.minusDays(6))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        var doc = Jsoup.parse(res);
        assertThat(doc.select(".govuk-error-summary").text())
                .contains("Date the local authority became aware must be the same as or after the date of the incident");
        assertThat(doc.select("#childReference").val()).isEqualTo("IT-BAD-1");
        assertThat(doc.select("#awareDay").val()).isEqualTo(day(today.minusDays(5)));

        var future = Jsoup.parse(mvc.perform(as(BU, notificationForm("/reviews/notifications/new", "IT-BAD-2", today.plusDays(3), today.plusDays(3), null)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(future.select(".govuk-error-summary").text()).contains("Date of the incident must be today or in the past");

        var impossible = Jsoup.parse(mvc.perform(as(BU, notificationForm("/reviews/notifications/new", "IT-BAD-3", today.minusDays(2), today.minusDays(1), null)
                        .param("incidentDay", "31").param("incidentMonth", "2").param("childReference", "x".repeat(41))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(impossible.select(".govuk-error-summary").text()).contains("Reference must be 40 characters or less");

        var noHolidays = Jsoup.parse(mvc.perform(as(BU, notificationForm("/reviews/notifications/new", "IT-BAD-4",
                        LocalDate.of(2005, 3, 1), LocalDate.of(2005, 3, 2), null)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(noHolidays.select(".govuk-error-summary").text()).contains("no bank holidays are loaded");
    }

    @Test
    void a_change_made_meanwhile_by_someone_else_is_not_overwritten() throws Exception {
        long n = newNotification("IT-LOCK-" + System.nanoTime() % 100000, null);
        LocalDate aware = LocalDate.now(clock).minusDays(10);
        mvc.perform(as(BU, notificationForm("/reviews/notifications/" + n + "/edit", "IT-LOCK-FIRST", aware.minusDays(1), aware, null)))
                .andExpect(status().is3xxRedirection());
        var stale = Jsoup.parse(mvc.perform(as(BU, notificationForm("/reviews/notifications/" + n + "/edit", "IT-LOCK-SECOND", aware.minusDays(1), aware, null)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(stale.select(".govuk-error-summary__list").text()).isEqualTo(EditConflicts.MESSAGE);
        assertThat(stale.select("#childReference").val()).isEqualTo("IT-LOCK-SECOND");
        assertThat(stale.select("input[name=version]").val()).isEqualTo("1");
        assertThat(incidents.find(n).orElseThrow().details().childReference()).isEqualTo("IT-LOCK-FIRST");
    }

    @Test
    void pages_state_the_timescales_as_the_calendar_rules_give_them() throws Exception {
        int notify = calendar.rule(TimescaleRule.PANEL_NOTIFICATION).workingDays();
        int rapid = calendar.rule(TimescaleRule.RAPID_REVIEW).workingDays();
        assertThat(page(BU, "/reviews/notifications").select("main p.govuk-body").first().text())
                .isEqualTo("The local authority notifies the national panel within " + notify + " working days of becoming aware that a "
                        + "child has died or been seriously harmed and abuse or neglect is known or suspected.");
        assertThat(page(BU, "/reviews/rapid").select("main p.govuk-body").first().text()).isEqualTo("A rapid review is due " + rapid
                + " working days after the notification was sent to the national panel. Start one from its notification.");
        assertThat(page(BU, "/reviews?year=2023-24").select("#timeliness-table tbody th").eachText()).containsExactly(
                "Notifications to the panel (" + notify + " working days)", "Rapid reviews sent to the panel (" + rapid + " working days)");
    }

    @Test
    void the_demo_year_has_three_notifications_one_late_and_two_rapid_reviews_one_late() throws Exception {
        var facts = figures.forYear(new ReportingYear(2023));
        assertThat(facts.notificationCount()).isEqualTo(3);
        assertThat(facts.notifiedOnTime()).hasSize(2).doesNotContainAnyElementsOf(facts.notifiedLate());
        assertThat(facts.notifiedLate()).hasSize(1);
        assertThat(facts.notificationsOnTimePercent()).isEqualTo(67);
        assertThat(facts.rapidReviewCount()).isEqualTo(2);
        assertThat(facts.rapidReviewsOnTime()).hasSize(1);
        assertThat(facts.rapidReviewsLate()).hasSize(1);
        assertThat(facts.rapidReviewsOnTimePercent()).isEqualTo(50);
        assertThat(facts.decided(RapidReviewDecision.LOCAL_REVIEW)).hasSize(1);
        assertThat(facts.decided(RapidReviewDecision.NO_LOCAL_REVIEW)).hasSize(1);
        var late = incidents.find(facts.notifiedLate().getFirst()).orElseThrow();
        assertThat(late.reference()).isEqualTo("SIN-2023-002");

        var dashboard = page(BU, "/reviews?year=2023-24");
        assertThat(dashboard.select("#timeliness-table tbody tr").first().select("td").eachText()).containsExactly("3", "2", "1", "67%");
        assertThat(dashboard.select("#timeliness-table tbody tr").last().select("td").eachText()).containsExactly("2", "1", "1", "50%");
        assertThat(dashboard.select("#notifications-counted a").eachText()).containsExactly("SIN-2023-001", "SIN-2023-002", "SIN-2024-001");
        assertThat(dashboard.select("#clocks").text()).contains("Notify the national panel");
    }

    @Test
    void people_without_access_see_the_dashboard_without_restricted_content_and_bad_years_are_explained() throws Exception {
        var member = page(MEMBER, "/reviews");
        assertThat(member.select("#clocks")).isEmpty();
        assertThat(member.select("#timeliness-table")).isEmpty();
        assertThat(member.select("main").text()).doesNotContain("SIN-");
        var bad = page(BU, "/reviews?year=nonsense");
        assertThat(bad.select(".govuk-error-message").text()).contains("Select a reporting year from the list");
    }
}
