package app.lantern.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.lantern.LanternIntegrationTest;
import app.lantern.identity.CurrentPerson;
import app.lantern.identity.People;
import app.lantern.identity.PersonSummary;
import app.lantern.shared.EditConflicts;
import app.lantern.shared.RecordLink;
import app.lantern.shared.ReportingYear;
import app.lantern.shared.Role;

/**
 * Committees, meetings and attendance as people use them. Each test makes a committee of its own,
 * with a unique name, because every integration test shares one database.
 */
@LanternIntegrationTest
@WithUserDetails("business.unit@eastmere.example")
class CommitteeMeetingsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    CommitteeService committees;

    @Autowired
    People people;

    @Autowired
    AttendanceService attendance;

    @Autowired
    JdbcClient jdbc;

    /** A committee with a hospital nurse and the council's partner lead, set up as the business unit would. */
    record Fixture(long committeeId, String name, long nurseMemberId, long councilMemberId) {
    }

    Fixture aCommittee() {
        var businessUnit = person("business.unit@eastmere.example");
        var actor = app.lantern.identity.TestPeople.person(businessUnit.id(), businessUnit.email(), businessUnit.fullName(),
                businessUnit.organisationId(), Set.of(Role.BUSINESS_UNIT));
        String name = "Test group " + UUID.randomUUID().toString().substring(0, 8);
        long id = committees.create(new CommitteeDetails(name, CommitteeKind.SUB_GROUP, "Tests attendance", null, null,
                LocalDate.of(2024, 1, 1), null), actor);
        long nurse = committees.addMember(id, new MembershipDetails(person("member@eastmere.example").id(), null,
                MemberRole.MEMBER, LocalDate.of(2024, 1, 1), null), actor);
        long council = committees.addMember(id, new MembershipDetails(person("partner.lead@eastmere.example").id(), null,
                MemberRole.CHAIR, LocalDate.of(2024, 1, 1), null), actor);
        return new Fixture(id, name, nurse, council);
    }

    long aMeeting(Fixture f, LocalDate date) {
        var businessUnit = person("business.unit@eastmere.example");
        var actor = app.lantern.identity.TestPeople.person(businessUnit.id(), businessUnit.email(), businessUnit.fullName(),
                businessUnit.organisationId(), Set.of(Role.BUSINESS_UNIT));
        return committees.scheduleMeeting(f.committeeId(), new MeetingDetails(date, LocalTime.of(10, 0), LocalTime.of(12, 0),
                "Town Hall", List.of("Welcome", "Audit findings"), null, List.of(), false), actor);
    }

    PersonSummary person(String email) {
        return people.active().stream().filter(p -> p.email().equals(email)).findFirst().orElseThrow();
    }

    Document page(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    String redirectOf(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    }

    MockHttpServletRequestBuilder meetingForm(long committeeId, String day, String month, String year, String location) {
        return meetingForm(committeeId, day, month, year, "10:00", "12:00", location);
    }

    MockHttpServletRequestBuilder meetingForm(long committeeId, String day, String month, String year, String startsAt,
            String endsAt, String location) {
        return post("/committees/{id}/meetings/new", committeeId).with(csrf())
                .param("dateDay", day).param("dateMonth", month).param("dateYear", year)
                .param("startsAt", startsAt).param("endsAt", endsAt).param("location", location)
                .param("agenda", "Welcome\nRapid reviews\nAOB").param("minutes", "").param("decisions", "");
    }

    @Test
    void scheduling_with_an_impossible_date_shows_the_error_and_keeps_what_was_typed_then_a_valid_date_schedules_it() throws Exception {
        var f = aCommittee();
        String location = "Ystafell Gynadledda, Neuadd y Dref — O'Brien's room, Łódź 会议室 <script>alert(1)</script>";

        var error = page(meetingForm(f.committeeId(), "31", "2", "2025", location));

        assertThat(error.title()).startsWith("Error: ");
        var link = error.selectFirst(".govuk-error-summary a");
        assertThat(link.text()).isEqualTo("Date of the meeting must be a real date, like 27 3 2025");
        assertThat(link.attr("href")).isEqualTo("#dateDay");
        assertThat(error.getElementById("dateDay")).isNotNull();
        assertThat(error.getElementById("dateDay").val()).isEqualTo("31");
        assertThat(error.getElementById("location").val()).isEqualTo(location);
        assertThat(error.getElementById("agenda").val()).isEqualTo("Welcome\nRapid reviews\nAOB");
        assertThat(error.select("script:containsData(alert)")).isEmpty();

        var scheduled = mvc.perform(meetingForm(f.committeeId(), "28", "2", "2025", location))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse();
        String to = scheduled.getRedirectedUrl();
        assertThat(to).matches("/meetings/\\d+");

        var meeting = page(get(to).cookie(scheduled.getCookies()));
        assertThat(meeting.select(".govuk-notification-banner__heading").text()).isEqualTo("Meeting scheduled");
        assertThat(meeting.select("h1").text()).contains("Friday 28 February 2025");
        assertThat(meeting.select("dd").text()).contains(location);
        assertThat(meeting.select("ol li").eachText()).containsExactly("Welcome", "Rapid reviews", "AOB");
    }

    @Test
    void ending_before_it_starts_is_refused_with_an_error_on_the_end_time() throws Exception {
        var f = aCommittee();

        var error = page(meetingForm(f.committeeId(), "1", "5", "2025", "14:00", "13:00", "Online"));

        assertThat(error.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#endsAt");
        assertThat(error.select("#endsAt-error").text()).contains("End time must be after the start time");
    }

    @Test
    void recorded_attendance_shows_on_the_meeting_and_as_organisation_rates_for_the_year() throws Exception {
        var f = aCommittee();
        long may = aMeeting(f, LocalDate.of(2024, 5, 14));
        long september = aMeeting(f, LocalDate.of(2024, 9, 10));
        long january = aMeeting(f, LocalDate.of(2025, 1, 14));
        aMeeting(f, LocalDate.of(2025, 3, 11)); // attendance never recorded: not counted

        var missingDeputy = page(post("/meetings/{id}/attendance", may).with(csrf())
                .param("status[" + f.nurseMemberId() + "]", "PRESENT")
                .param("status[" + f.councilMemberId() + "]", "DEPUTY"));
        assertThat(missingDeputy.title()).startsWith("Error: ");
        assertThat(missingDeputy.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#deputy-" + f.councilMemberId());
        assertThat(missingDeputy.getElementById("status-" + f.nurseMemberId()).hasAttr("checked")).isTrue();

        assertThat(redirectOf(post("/meetings/{id}/attendance", may).with(csrf())
                .param("status[" + f.nurseMemberId() + "]", "PRESENT")
                .param("status[" + f.councilMemberId() + "]", "DEPUTY")
                .param("deputy[" + f.councilMemberId() + "]", "Siân O'Connor").param("version", "0"))).isEqualTo("/meetings/" + may);
        redirectOf(post("/meetings/{id}/attendance", september).with(csrf())
                .param("status[" + f.nurseMemberId() + "]", "APOLOGIES")
                .param("status[" + f.councilMemberId() + "]", "PRESENT").param("version", "0"));
        redirectOf(post("/meetings/{id}/attendance", january).with(csrf())
                .param("status[" + f.nurseMemberId() + "]", "PRESENT")
                .param("status[" + f.councilMemberId() + "]", "PRESENT").param("version", "0"));

        // a second person who opened the form before the first saved is told, and overwrites nothing
        var stale = page(post("/meetings/{id}/attendance", may).with(csrf())
                .param("status[" + f.nurseMemberId() + "]", "ABSENT")
                .param("status[" + f.councilMemberId() + "]", "ABSENT").param("version", "0"));
        assertThat(stale.select(".govuk-error-summary").text()).contains(EditConflicts.MESSAGE);
        assertThat(stale.getElementById("status-" + f.nurseMemberId() + "-absent").hasAttr("checked")).isTrue();

        var meeting = page(get("/meetings/{id}", may));
        assertThat(meeting.select("#attendance tbody tr").eachText())
                .anySatisfy(row -> assertThat(row).contains("Eastmere Council").contains("Deputy sent: Siân O'Connor"));

        var rates = page(get("/attendance").param("year", "2024-25"));
        assertThat(rates.select("h1").text()).isEqualTo("Attendance in 2024–25");
        var heading = rates.select("h2:contains(" + f.name() + ")").first();
        assertThat(heading).isNotNull();
        var lines = heading.nextElementSiblings().select("ul").first().select("li").eachText();
        assertThat(lines).containsExactly("Eastmere Council — 100%", "Eastmere University Hospitals NHS Trust — 67%");
        assertThat(heading.nextElementSibling().text()).isEqualTo("Sub-group. 3 meetings counted; members attended 83% of the time.");

        var csv = mvc.perform(get("/attendance/export.csv").param("year", "2024-25")).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getContentAsString(StandardCharsets.UTF_8))
                .contains("2024–25," + f.name() + ",Eastmere University Hospitals NHS Trust,3,2,67");

        var counted = attendance.factsFor(new ReportingYear(2024)).getFirst().figure("attendance.meetings").records();
        assertThat(counted.stream().filter(r -> r.label().startsWith(f.name() + ", ")).toList()).containsExactly(
                new RecordLink(f.name() + ", 14 May 2024", "/meetings/" + may),
                new RecordLink(f.name() + ", 10 September 2024", "/meetings/" + september),
                new RecordLink(f.name() + ", 14 January 2025", "/meetings/" + january));
    }

    @Test
    @WithUserDetails("member@eastmere.example")
    void a_committee_member_may_not_record_attendance() throws Exception {
        var f = aCommittee();
        long meeting = aMeeting(f, LocalDate.of(2025, 6, 10));

        mvc.perform(get("/meetings/{id}/attendance", meeting)).andExpect(status().isForbidden());
        mvc.perform(post("/meetings/{id}/attendance", meeting).with(csrf())
                .param("status[" + f.nurseMemberId() + "]", "PRESENT")).andExpect(status().isForbidden());
        mvc.perform(get("/meetings/{id}", meeting)).andExpect(status().isOk());
    }

    @Test
    @WithUserDetails("chair@eastmere.example")
    void a_chair_may_not_run_the_meetings_of_a_committee_they_do_not_chair() throws Exception {
        var f = aCommittee();
        long meeting = aMeeting(f, LocalDate.of(2025, 6, 10));

        mvc.perform(get("/meetings/{id}/attendance", meeting)).andExpect(status().isForbidden());
        mvc.perform(post("/meetings/{id}/attendance", meeting).with(csrf())
                .param("status[" + f.nurseMemberId() + "]", "PRESENT")
                .param("status[" + f.councilMemberId() + "]", "PRESENT")).andExpect(status().isForbidden());
        mvc.perform(meetingForm(f.committeeId(), "1", "7", "2025", "Online")).andExpect(status().isForbidden());
        mvc.perform(get("/committees/new")).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("chair@eastmere.example")
    void a_refusal_is_logged_once_saying_what_was_refused() throws Exception {
        var f = aCommittee();
        long meeting = aMeeting(f, LocalDate.of(2025, 6, 10));

        mvc.perform(get("/meetings/{id}/attendance", meeting)).andExpect(status().isForbidden());

        assertThat(jdbc.sql("""
                SELECT summary FROM activity_log
                WHERE actor_email = 'chair@eastmere.example' AND action = 'ACCESS_DENIED' AND summary LIKE ?""")
                .param("%/" + meeting + "/%").query(String.class).list()).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM activity_log WHERE actor_email = 'chair@eastmere.example' AND summary = ?")
                .param("Refused: run meeting " + meeting).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("chair@eastmere.example")
    void a_chair_runs_the_meetings_of_the_committee_they_chair() throws Exception {
        long contextual = committees.committeeRows().stream()
                .filter(r -> r.name().equals("Contextual Safeguarding Committee")).findFirst().orElseThrow().id();

        var form = page(get("/committees/{id}/meetings/new", contextual));

        assertThat(form.select("h1").text()).isEqualTo("Schedule a meeting");
    }

    @Test
    void the_calendar_file_is_text_calendar_with_the_committee_as_summary() throws Exception {
        var f = aCommittee();
        long meeting = aMeeting(f, LocalDate.of(2025, 6, 10));

        var response = mvc.perform(get("/meetings/{id}.ics", meeting)).andExpect(status().isOk()).andReturn().getResponse();

        assertThat(response.getContentType()).isEqualTo("text/calendar;charset=UTF-8");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment").contains(".ics");
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).startsWith("BEGIN:VCALENDAR\r\n").contains("SUMMARY:" + f.name() + "\r\n")
                .contains("UID:meeting-" + meeting + "@lantern\r\n").contains("DTSTART:20250610T090000Z\r\n");
    }

    @Test
    void unknown_committees_and_meetings_are_not_found() throws Exception {
        mvc.perform(get("/committees/{id}", 987654321L)).andExpect(status().isNotFound());
        mvc.perform(get("/meetings/{id}", 987654321L)).andExpect(status().isNotFound());
        mvc.perform(get("/meetings/{id}.ics", 987654321L)).andExpect(status().isNotFound());
    }

    @Test
    void a_committee_changed_by_someone_else_meanwhile_is_not_overwritten() throws Exception {
        var f = aCommittee();
        var form = page(get("/committees/{id}/edit", f.committeeId()));
        String version = form.getElementById("version").val();
        var change = post("/committees/{id}/edit", f.committeeId()).with(csrf())
                .param("name", f.name()).param("kind", "COMMITTEE").param("purpose", "Changed purpose")
                .param("parentId", "").param("sharedWith", "")
                .param("startDay", "1").param("startMonth", "1").param("startYear", "2024").param("version", version);
        redirectOf(change);

        var stale = page(post("/committees/{id}/edit", f.committeeId()).with(csrf())
                .param("name", f.name()).param("kind", "PANEL").param("purpose", "My other purpose")
                .param("startDay", "1").param("startMonth", "1").param("startYear", "2024").param("version", version));

        assertThat(stale.title()).startsWith("Error: ");
        assertThat(stale.select(".govuk-error-summary").text()).contains(EditConflicts.MESSAGE);
        assertThat(stale.getElementById("purpose").val()).isEqualTo("My other purpose");
        assertThat(page(get("/committees/{id}", f.committeeId())).text()).contains("Changed purpose");
    }

    @Test
    void the_committees_list_shows_the_demo_structure_with_chairs() throws Exception {
        var list = page(get("/committees"));

        var rows = list.select("tbody tr").eachText();
        String reports = " Reports to Eastmere Safeguarding Children Partnership Executive ";
        // Other tests add committees of their own, so the demo's are checked in order among them.
        assertThat(rows).containsSubsequence(
                "Eastmere Safeguarding Children Partnership Executive Executive Sunil Varadkar 6 12 January 2027",
                "Case Review Committee" + reports + "Committee Callum Brackley 8 9 December 2026",
                "Contextual Safeguarding Committee" + reports + "Committee Agnieszka Wróbel 10 8 December 2026",
                "Education Committee" + reports + "Committee Tomasz Rowntree 7 9 December 2026",
                "Quality Assurance Committee" + reports + "Committee Farah Bhatt 9 14 January 2027",
                "Training Pool" + reports + "Sub-group Lin Zhao 7 14 January 2027",
                "Neglect Task and Finish Group" + reports + "Closed Task and finish group Verity Gosling 7 None scheduled",
                "Child Death Overview Panel" + reports + "Panel Zofia Ingram 7 9 December 2026");
        assertThat(list.select("h1").text()).isEqualTo("Committees and groups");
    }

    @Test
    void the_business_unit_adds_a_committee_and_a_member_who_represents_their_own_organisation_then_ends_the_membership() throws Exception {
        String name = "Pwyllgor Łódź 会议 O'Brien " + UUID.randomUUID().toString().substring(0, 6);
        var invalid = page(post("/committees/new").with(csrf()).param("name", name).param("kind", "")
                .param("purpose", "").param("startDay", "1").param("startMonth", "4").param("startYear", "2025"));
        assertThat(invalid.title()).startsWith("Error: ");
        assertThat(invalid.select(".govuk-error-summary a").eachAttr("href")).containsExactlyInAnyOrder("#kind", "#purpose");
        assertThat(invalid.getElementById("name").val()).isEqualTo(name);

        String committee = redirectOf(post("/committees/new").with(csrf()).param("name", name).param("kind", "TASK_AND_FINISH")
                .param("purpose", "Reviews <script>alert(1)</script> practice").param("sharedWith", "Saltmarsh, Westport")
                .param("startDay", "1").param("startMonth", "4").param("startYear", "2025"));
        assertThat(committee).matches("/committees/\\d+");

        var nurse = person("member@eastmere.example");
        assertThat(redirectOf(post(committee + "/members/new").with(csrf()).param("personId", String.valueOf(nurse.id()))
                .param("organisationId", "").param("role", "LAY_MEMBER")
                .param("startDay", "1").param("startMonth", "4").param("startYear", "2025"))).isEqualTo(committee);

        var page = page(get(committee));
        assertThat(page.select("h1").text()).isEqualTo(name);
        assertThat(page.select("p.govuk-body").first().text()).isEqualTo("Reviews <script>alert(1)</script> practice");
        var row = page.select("#members tbody tr").first();
        assertThat(row.text()).contains(nurse.fullName()).contains("Eastmere University Hospitals NHS Trust").contains("Lay member");

        var confirm = page(get(row.selectFirst("a[href$=/end]").attr("href")));
        assertThat(confirm.select("h1").text()).startsWith("Are you sure you want to end " + nurse.fullName());
        String end = confirm.selectFirst("main form").attr("action");
        assertThat(redirectOf(post(end).with(csrf()))).isEqualTo(committee);
        var after = page(get(committee));
        assertThat(after.select("#members tbody").text()).contains("No current members");
        assertThat(after.select(".govuk-details").text()).contains(nurse.fullName());
    }

    @Test
    void a_committee_ending_before_it_starts_is_refused_on_the_end_date() throws Exception {
        var error = page(post("/committees/new").with(csrf()).param("name", "Dates " + UUID.randomUUID()).param("kind", "PANEL")
                .param("purpose", "Dates").param("startDay", "1").param("startMonth", "4").param("startYear", "2025")
                .param("endDay", "31").param("endMonth", "3").param("endYear", "2025"));

        assertThat(error.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#endDay");
        assertThat(error.select("#end-error").text()).contains("End date must be the same as or after the start date");
    }
}
