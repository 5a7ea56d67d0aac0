package app.lantern.partnership;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.lantern.identity.CurrentPerson;
import app.lantern.partnership.CommitteeViews.MemberRecord;
import app.lantern.partnership.CommitteeViews.MemberView;
import app.lantern.shared.Choice;
import app.lantern.shared.EditConflicts;
import app.lantern.shared.FormValues;
import app.lantern.shared.FormErrors;
import app.lantern.shared.PageOf;
import app.lantern.shared.RecordNotFoundException;
import app.lantern.shared.ReportingYear;
import app.lantern.shared.Rule;
import jakarta.validation.Valid;

/** Meetings: the list, a meeting's page and calendar file, scheduling, minutes and attendance. */
@Controller
class MeetingController {

    /** Chairs pass this rule; {@link CommitteeAccess} then checks they chair this committee. */
    private static final int PAGE_SIZE = 25;

    private final MeetingService meetings;
    private final AttendanceRegister register;
    private final MeetingStore meetingStore;
    private final CommitteeStore committeeStore;
    private final CommitteeAccess access;
    private final AttendanceService attendance;
    private final java.time.Clock clock;

    MeetingController(MeetingService meetings, AttendanceRegister register, MeetingStore meetingStore,
            CommitteeStore committeeStore, CommitteeAccess access, AttendanceService attendance, java.time.Clock clock) {
        this.meetings = meetings;
        this.register = register;
        this.meetingStore = meetingStore;
        this.committeeStore = committeeStore;
        this.access = access;
        this.attendance = attendance;
        this.clock = clock;
    }

    /** The meetings list's filters, as typed in the query string. */
    record MeetingFilter(String committee, String year) {
    }

    @GetMapping("/meetings")
    @PreAuthorize(Rule.Allowed.SIGNED_IN)
    String list(@RequestParam(required = false) String committee, @RequestParam(required = false) String year,
            @RequestParam(required = false) Integer page, Model model) {
        Long committeeId = FormValues.id(committee);
        ReportingYear reportingYear = ReportingYear.tryParse(year).orElse(null);
        var result = meetings.meetingsPage(committeeId, reportingYear, PageOf.clampPage(page), PAGE_SIZE);
        model.addAttribute("meetings", result);
        model.addAttribute("filter", new MeetingFilter(committeeId == null ? "" : committeeId.toString(),
                reportingYear == null ? "" : reportingYear.slug()));
        model.addAttribute("committeeChoices", committeeStore.allCommittees().stream()
                .map(c -> new Choice(String.valueOf(c.id()), c.name())).toList());
        model.addAttribute("yearChoices", attendance.yearsWithMeetings().stream().map(y -> new Choice(y.slug(), y.label())).toList());
        String base = "/meetings?" + (committeeId == null ? "" : "committee=" + committeeId + "&")
                + (reportingYear == null ? "" : "year=" + reportingYear.slug() + "&");
        model.addAttribute("baseUrl", base);
        return "partnership/meetings";
    }

    @GetMapping("/meetings/{id}")
    @PreAuthorize(Rule.Allowed.SIGNED_IN)
    String show(@PathVariable long id, CurrentPerson me, Model model) {
        var page = meetings.meetingPage(id);
        model.addAttribute("page", page);
        model.addAttribute("mayRunMeetings", access.mayRunMeetings(me, page.committee().id()));
        return "partnership/meeting";
    }

    @GetMapping("/meetings/{id}.ics")
    @PreAuthorize(Rule.Allowed.SIGNED_IN)
    ResponseEntity<byte[]> calendar(@PathVariable long id) {
        var meeting = meetingStore.meeting(id).orElseThrow(RecordNotFoundException::new);
        var committee = committeeStore.committee(meeting.committeeId()).orElseThrow();
        String ics = IcsCalendar.of(new IcsCalendar.Event(id, committee.name(), meeting.meetingDate(), meeting.startsAt(),
                meeting.endsAt(), meeting.location(), meetings.agenda(id), meeting.cancelled()), clock.instant());
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("meeting-" + id + "-" + meeting.meetingDate() + ".ics").build().toString())
                .body(ics.getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/committees/{id}/meetings/new")
    @PreAuthorize(Rule.Allowed.RUNS_MEETINGS)
    String newForm(@PathVariable long id, CurrentPerson me, Model model) {
        var committee = access.committeeToRun(me, id);
        return form(model, MeetingForm.empty(), committee, null);
    }

    @PostMapping("/committees/{id}/meetings/new")
    @PreAuthorize(Rule.Allowed.RUNS_MEETINGS)
    String schedule(@PathVariable long id, @Valid @ModelAttribute("form") MeetingForm form, BindingResult errors,
            CurrentPerson me, Model model, RedirectAttributes redirect) {
        var committee = access.committeeToRun(me, id);
        var details = form.details(errors);
        if (errors.hasErrors()) return form(model, form, committee, null);
        long meetingId = meetings.scheduleMeeting(id, details, me);
        redirect.addFlashAttribute("success", "Meeting scheduled");
        return "redirect:/meetings/" + meetingId;
    }

    @GetMapping("/meetings/{id}/edit")
    @PreAuthorize(Rule.Allowed.RUNS_MEETINGS)
    String editForm(@PathVariable long id, CurrentPerson me, Model model) {
        var meeting = access.meetingToRun(me, id);
        return form(model, MeetingForm.of(meetings.meetingDetails(meeting), meeting.version()),
                committeeStore.committee(meeting.committeeId()).orElseThrow(), id);
    }

    @PostMapping("/meetings/{id}/edit")
    @PreAuthorize(Rule.Allowed.RUNS_MEETINGS)
    String update(@PathVariable long id, @Valid @ModelAttribute("form") MeetingForm form, BindingResult errors,
            CurrentPerson me, Model model, RedirectAttributes redirect) {
        var meeting = access.meetingToRun(me, id);
        var committee = committeeStore.committee(meeting.committeeId()).orElseThrow();
        var details = form.details(errors);
        Long version = FormValues.wholeNumber(form.version());
        if (version == null) errors.reject("version", "The form was incomplete. Open the meeting again and make your change");
        if (errors.hasErrors()) return form(model, form, committee, id);
        if (!EditConflicts.saved(errors, () -> meetings.updateMeeting(id, version, details, me))) {
            var latest = meetingStore.meeting(id).orElse(meeting);
            return form(model, FormErrors.keep(model, form.withVersion(latest.version()), errors), committee, id);
        }
        redirect.addFlashAttribute("success", "Meeting updated");
        return "redirect:/meetings/" + id;
    }

    @GetMapping("/meetings/{id}/attendance")
    @PreAuthorize(Rule.Allowed.RUNS_MEETINGS)
    String attendanceForm(@PathVariable long id, CurrentPerson me, Model model) {
        access.meetingToRun(me, id);
        var page = meetings.meetingPage(id);
        var status = new LinkedHashMap<String, String>();
        var deputy = new LinkedHashMap<String, String>();
        for (var line : page.attendance()) {
            if (line.status() != null) status.put(String.valueOf(line.member().id()), line.status().name());
            if (line.deputyName() != null) deputy.put(String.valueOf(line.member().id()), line.deputyName());
        }
        return attendanceForm(model, id, new AttendanceForm(status, deputy, String.valueOf(page.meeting().version())), Map.of());
    }

    @PostMapping("/meetings/{id}/attendance")
    @PreAuthorize(Rule.Allowed.RUNS_MEETINGS)
    String recordAttendance(@PathVariable long id, @ModelAttribute("form") AttendanceForm form, CurrentPerson me,
            Model model, RedirectAttributes redirect) {
        var meeting = access.meetingToRun(me, id);
        List<MemberRecord> expected = committeeStore.expectedMembers(meeting);
        var errors = new LinkedHashMap<String, String>();
        var entries = form.entries(expected, names(id), errors);
        if (!errors.isEmpty()) return attendanceForm(model, id, form, errors);
        // The attendance form reports its errors by member, not through a binding result.
        var conflict = new MapBindingResult(new LinkedHashMap<>(), "form");
        if (!EditConflicts.saved(conflict, () -> register.recordAttendance(id, form.expectedVersion(), entries, me))) {
            errors.put("attendance", conflict.getGlobalError().getDefaultMessage());
            return attendanceForm(model, id, form.atVersion(meetingStore.meeting(id).orElseThrow().version()), errors);
        }
        redirect.addFlashAttribute("success", "Attendance recorded");
        return "redirect:/meetings/" + id;
    }

    private Map<String, String> names(long meetingId) {
        return meetings.meetingPage(meetingId).attendance().stream().map(l -> l.member())
                .collect(Collectors.toMap(m -> String.valueOf(m.id()), MemberView::personName, (a, b) -> a));
    }

    private String attendanceForm(Model model, long meetingId, AttendanceForm form, Map<String, String> errors) {
        var page = meetings.meetingPage(meetingId);
        var expectedIds = committeeStore.expectedMembers(page.meeting()).stream().map(MemberRecord::id).collect(Collectors.toSet());
        model.addAttribute("page", page);
        model.addAttribute("expected", page.attendance().stream().map(l -> l.member()).filter(m -> expectedIds.contains(m.id())).toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("statusChoices", List.of(AttendanceStatus.values()));
        return "partnership/attendance-form";
    }

    private String form(Model model, MeetingForm form, CommitteeViews.CommitteeRecord committee, Long meetingId) {
        model.addAttribute("form", form);
        model.addAttribute("committee", committee);
        model.addAttribute("meetingId", meetingId);
        return "partnership/meeting-form";
    }
}
