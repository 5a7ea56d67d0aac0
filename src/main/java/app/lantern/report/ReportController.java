package app.lantern.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.lantern.calendar.WorkingDayCalendar;
import app.lantern.identity.CurrentPerson;
import app.lantern.shared.Choice;
import app.lantern.shared.EditConflicts;
import app.lantern.shared.FormDates;
import app.lantern.shared.RecordNotFoundException;
import app.lantern.shared.ReportingYear;

/**
 * The draft report's own pages: the list of years, starting a year's report, its overview
 * (chapters, checklist, sign-off, publishing and sending) and its details.
 */
@Controller
@RequestMapping("/yearly-report")
class ReportController {

    static final String SENT_RULE = "YEARLY_REPORT_SENT";

    private final ReportService reports;
    private final ReportPublisher publisher;
    private final ReportStore store;
    private final ReportAccess access;
    private final ReportProperties properties;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    ReportController(ReportService reports, ReportPublisher publisher, ReportStore store, ReportAccess access,
            ReportProperties properties, WorkingDayCalendar calendar, Clock clock) {
        this.reports = reports;
        this.publisher = publisher;
        this.store = store;
        this.access = access;
        this.properties = properties;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize(ReportAccess.READS_DRAFT)
    String list(CurrentPerson person, Model model) {
        var all = reports.reports();
        var current = ReportingYear.current(clock);
        var started = all.stream().map(Report::year).toList();
        var startable = new ArrayList<ReportingYear>();
        // the years a report is usually written for: the last three, this one, and next (some start early)
        for (int back = 3; back >= -1; back--) {
            var y = new ReportingYear(current.startYear() - back);
            if (!started.contains(y)) startable.add(y);
        }
        var published = new LinkedHashMap<ReportingYear, Integer>();
        store.versions().forEach(v -> published.putIfAbsent(v.year(), v.number()));
        model.addAttribute("reports", all);
        model.addAttribute("published", published);
        model.addAttribute("startable", access.writes(person) ? startable : List.of());
        return "report/list";
    }

    @PostMapping("/start")
    @PreAuthorize(ReportAccess.WRITES)
    String start(@RequestParam(required = false) String year, CurrentPerson person, RedirectAttributes redirect) {
        var y = ReportingYear.tryParse(year).orElseThrow(RecordNotFoundException::new);
        if (reports.find(y).isEmpty()) {
            reports.start(y, person);
            redirect.addFlashAttribute("success", "The " + y.label() + " report has been started");
        }
        return "redirect:/yearly-report/" + y.slug();
    }

    @GetMapping("/{year}")
    @PreAuthorize(ReportAccess.READS_DRAFT)
    String overview(@PathVariable String year, CurrentPerson person, Model model) {
        var report = report(year);
        var chapters = reports.chapters(report);
        var comments = reports.comments(report);
        var signOffs = reports.signOffs(report);
        var ids = new HashSet<Long>();
        signOffs.forEach(s -> ids.add(s.personId()));
        comments.forEach(c -> ids.add(c.authorId()));
        for (var p : Partner.values()) if (report.leads().of(p) != null) ids.add(report.leads().of(p));
        var openByChapter = new LinkedHashMap<Long, Long>();
        comments.stream().filter(Comment::open).forEach(c -> openByChapter.merge(c.chapterId(), 1L, Long::sum));
        var parts = reports.partsByChapter(report);
        var empty = new HashSet<Long>();
        for (var c : chapters) if (parts.getOrDefault(c.id(), List.of()).stream().noneMatch(Part::hasContent)) empty.add(c.id());

        model.addAttribute("report", report);
        model.addAttribute("chapters", chapters);
        model.addAttribute("emptyChapters", empty);
        model.addAttribute("openComments", openByChapter);
        model.addAttribute("names", reports.names(ids));
        model.addAttribute("standing", reports.standingSignOffs(report));
        model.addAttribute("withdrawn", signOffs.stream().filter(s -> !s.standing()).toList().reversed());
        model.addAttribute("partners", Partner.values());
        model.addAttribute("signsFor", access.signsFor(report, person).orElse(null));
        model.addAttribute("writes", access.writes(person));
        model.addAttribute("checklist", reports.checklist(report));
        model.addAttribute("refusal", publisher.refusal(report));
        model.addAttribute("versions", store.versions().stream().filter(v -> v.year().equals(report.year())).toList());
        addSending(model, report);
        return "report/overview";
    }

    /** When the report must go to the national panel and the other bodies, and when it went. */
    private void addSending(Model model, Report report) {
        var first = store.firstPublished(report.id()).map(i -> LocalDate.ofInstant(i, ZoneId.of("Europe/London")));
        var sent = new LinkedHashMap<String, LocalDate>();
        properties.recipients().forEach(r -> sent.put(r, null));
        store.sent(report.id()).forEach(s -> sent.put(s.recipient(), s.on()));
        model.addAttribute("firstPublished", first.orElse(null));
        model.addAttribute("sendBy", first.map(d -> calendar.deadline(SENT_RULE, d)).orElse(null));
        model.addAttribute("sent", sent);
        model.addAttribute("sendingOutstanding", first.isPresent() && sent.values().stream().anyMatch(java.util.Objects::isNull));
        model.addAttribute("today", LocalDate.now(clock));
    }

    @PostMapping("/{year}/sign-off")
    @PreAuthorize(ReportAccess.READS_DRAFT)
    String signOff(@PathVariable String year, @RequestParam(required = false) String partner, @RequestParam(defaultValue = "0") int revision,
            CurrentPerson person, RedirectAttributes redirect) {
        var report = report(year);
        Partner p;
        try {
            p = Partner.valueOf(partner == null ? "" : partner);
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException();
        }
        if (EditConflicts.saved(redirect, () -> reports.signOff(report, p, revision, person))) {
            redirect.addFlashAttribute("success", "You have signed off the " + report.year().label() + " report for the "
                    + p.label().toLowerCase(java.util.Locale.UK));
        } else {
            redirect.addFlashAttribute("problem", "The draft changed before you signed it off. Read the changes and sign off again");
        }
        return "redirect:/yearly-report/" + report.year().slug() + "#sign-off";
    }

    @PostMapping("/{year}/publish")
    @PreAuthorize(ReportAccess.WRITES)
    String publish(@PathVariable String year, @RequestParam(defaultValue = "0") int revision,
            @RequestParam(required = false) String changeNote, CurrentPerson person, RedirectAttributes redirect) {
        var report = report(year);
        var shown = new Report(report.id(), report.year(), report.leads(), revision, report.childrenText(), report.createdAt(),
                report.version());
        try {
            int number = publisher.publish(shown, changeNote, person);
            redirect.addFlashAttribute("success", "Version " + number + " of the " + report.year().label()
                    + " report is published at /reports/" + report.year().slug());
        } catch (ReportPublisher.Refused refused) {
            redirect.addFlashAttribute("publishProblem", refused.getMessage());
            redirect.addFlashAttribute("changeNote", changeNote);
        }
        return "redirect:/yearly-report/" + report.year().slug() + "#publish";
    }

    @PostMapping("/{year}/sent")
    @PreAuthorize(ReportAccess.WRITES)
    String sent(@PathVariable String year, @RequestParam(required = false) String recipient, @RequestParam(required = false) String sentDay,
            @RequestParam(required = false) String sentMonth, @RequestParam(required = false) String sentYear, CurrentPerson person,
            RedirectAttributes redirect) {
        var report = report(year);
        access.requireWrites(person, "record sending the report");
        if (recipient == null || !properties.recipients().contains(recipient)) throw new RecordNotFoundException();
        var errorsOnForm = new org.springframework.validation.MapBindingResult(new java.util.HashMap<>(), "sent");
        var on = FormDates.date(sentDay, sentMonth, sentYear, true, "sent", "date it was sent", errorsOnForm);
        if (on != null && on.isAfter(LocalDate.now(clock))) errorsOnForm.rejectValue("sentDay", "future", "The date it was sent must be today or in the past");
        if (errorsOnForm.hasErrors() || on == null) {
            redirect.addFlashAttribute("sentProblem", recipient + ": " + errorsOnForm.getFieldError().getDefaultMessage());
        } else {
            store.recordSent(report.id(), recipient, on);
            redirect.addFlashAttribute("success", "Recorded: sent to " + recipient);
        }
        return "redirect:/yearly-report/" + report.year().slug() + "#sending";
    }

    @GetMapping("/{year}/details")
    @PreAuthorize(ReportAccess.WRITES)
    String details(@PathVariable String year, Model model) {
        var report = report(year);
        model.addAttribute("form", DetailsForm.of(report));
        return detailsPage(model, report, null);
    }

    @PostMapping("/{year}/details")
    @PreAuthorize(ReportAccess.WRITES)
    String details(@PathVariable String year, @ModelAttribute("form") DetailsForm form, BindingResult errors,
            @RequestParam(required = false) String preview, CurrentPerson person, Model model, RedirectAttributes redirect) {
        var report = report(year);
        var candidates = reports.candidateLeads().stream().map(p -> p.id()).toList();
        var leads = form.check(errors, candidates);
        if (preview != null || errors.hasErrors()) {
            return detailsPage(model, report, preview != null && !errors.hasErrors() ? form.getChildrenText() : null);
        }
        if (!EditConflicts.saved(errors, () -> reports.changeDetails(report, form.versionValue(), leads, form.getChildrenText(), person))) {
            var now = reports.report(report.year());
            form.setVersion(String.valueOf(now.version()));
            return detailsPage(model, now, null);
        }
        redirect.addFlashAttribute("success", "The report's details have been saved");
        return "redirect:/yearly-report/" + report.year().slug();
    }

    private String detailsPage(Model model, Report report, String preview) {
        var leads = new ArrayList<Choice>();
        reports.candidateLeads().forEach(p -> leads.add(new Choice(String.valueOf(p.id()), p.fullName()
                + (p.jobTitle() == null ? "" : ", " + p.jobTitle()))));
        model.addAttribute("report", report);
        model.addAttribute("leadChoices", leads);
        model.addAttribute("partners", Partner.values());
        var text = ((DetailsForm) model.getAttribute("form")).getChildrenText();
        model.addAttribute("readability", Readability.of(ReportText.plain(text)));
        model.addAttribute("forChildren", Readability.FOR_CHILDREN);
        model.addAttribute("preview", preview == null ? null : ReportText.toHtml(preview));
        return "report/details";
    }

    private Report report(String year) {
        return ReportingYear.tryParse(year).flatMap(reports::find).orElseThrow(RecordNotFoundException::new);
    }
}
