package app.lantern.reviews;

import java.time.Clock;
import java.util.ArrayList;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.lantern.identity.CurrentPerson;
import app.lantern.shared.Choice;
import app.lantern.shared.EditConflicts;
import app.lantern.shared.FormErrors;
import app.lantern.shared.FormValues;
import app.lantern.shared.RecordNotFoundException;
import app.lantern.shared.ReportingYear;
import app.lantern.shared.Rule;
import jakarta.validation.Valid;

/**
 * The learning page (a reporting year's briefings, events, attendance and learning points by
 * theme), and recording learning events and learning points. Everyone signed in reads; the
 * business unit records.
 */
@Controller
class LearningController {

    private final LearningService learning;
    private final BriefingService briefings;
    private final Clock clock;
    private final ReviewAccess access;

    LearningController(LearningService learning, BriefingService briefings, Clock clock, ReviewAccess access) {
        this.access = access;
        this.learning = learning;
        this.briefings = briefings;
        this.clock = clock;
    }

    @GetMapping("/learning")
    @PreAuthorize(Rule.Allowed.SIGNED_IN)
    String overview(@RequestParam(required = false) String year, CurrentPerson person, Model model) {
        var chosen = ReportingYear.tryParse(year).orElseGet(() -> ReportingYear.current(clock));
        var years = new ArrayList<>(learning.yearsWithLearning());
        if (!years.contains(chosen)) years.add(chosen);
        years.sort(java.util.Comparator.reverseOrder());
        model.addAttribute("year", chosen);
        model.addAttribute("years", years);
        model.addAttribute("facts", learning.learningFacts(chosen));
        model.addAttribute("canWrite", access.manages(person));
        return "reviews/learning/overview";
    }

    @GetMapping("/learning/events")
    @PreAuthorize(Rule.Allowed.SIGNED_IN)
    String events(@RequestParam(required = false) String year, CurrentPerson person, Model model) {
        var chosen = ReportingYear.tryParse(year).orElse(null);
        model.addAttribute("year", chosen);
        model.addAttribute("events", learning.events(chosen));
        model.addAttribute("canWrite", access.manages(person));
        return "reviews/learning/events";
    }

    @GetMapping("/learning/events/new")
    @PreAuthorize(Rule.Allowed.MANAGES_REVIEWS)
    String addEvent(Model model) {
        return eventForm(model, LearningEventForm.blank(), null);
    }

    @PostMapping("/learning/events/new")
    @PreAuthorize(Rule.Allowed.MANAGES_REVIEWS)
    String addEvent(@Valid @ModelAttribute("form") LearningEventForm form, BindingResult errors, CurrentPerson person, Model model,
            RedirectAttributes redirect) {
        var details = form.check(this::offeredBriefing, errors);
        if (details == null) return eventForm(model, form, null);
        learning.addEvent(details, person);
        redirect.addFlashAttribute("success", "Learning event '" + details.title() + "' recorded");
        return "redirect:/learning/events";
    }

    @GetMapping("/learning/events/{id}/edit")
    @PreAuthorize(Rule.Allowed.MANAGES_REVIEWS)
    String editEvent(@PathVariable long id, Model model) {
        var e = learning.event(id).orElseThrow(RecordNotFoundException::new);
        return eventForm(model, LearningEventForm.of(e), e);
    }

    @PostMapping("/learning/events/{id}/edit")
    @PreAuthorize(Rule.Allowed.MANAGES_REVIEWS)
    String editEvent(@PathVariable long id, @Valid @ModelAttribute("form") LearningEventForm form, BindingResult errors,
            CurrentPerson person, Model model, RedirectAttributes redirect) {
        var e = learning.event(id).orElseThrow(RecordNotFoundException::new);
        var details = form.check(this::offeredBriefing, errors);
        Long version = FormValues.wholeNumber(form.version());
        if (version == null) errors.reject("version", EditConflicts.MESSAGE);
        if (errors.hasErrors()) return eventForm(model, form, e);
        if (!EditConflicts.saved(errors, () -> learning.updateEvent(id, version, details, person))) {
            var latest = learning.event(id).orElseThrow(RecordNotFoundException::new);
            return eventForm(model, FormErrors.keep(model, form.withVersion(latest.version()), errors), latest);
        }
        redirect.addFlashAttribute("success", "Learning event '" + details.title() + "' changed");
        return "redirect:/learning/events";
    }

    private boolean offeredBriefing(long id) {
        return briefings.publishedChoices().stream().anyMatch(b -> b.id() == id);
    }

    private String eventForm(Model model, LearningEventForm form, LearningService.EventRecord event) {
        if (!model.containsAttribute("form")) model.addAttribute("form", form);
        model.addAttribute("event", event);
        model.addAttribute("formats", Choice.of(LearningEventFormat.values()));
        model.addAttribute("briefingChoices", briefings.publishedChoices().stream()
                .map(b -> new Choice(String.valueOf(b.id()), b.title())).toList());
        return "reviews/learning/event-form";
    }

    @GetMapping("/learning/points")
    @PreAuthorize(Rule.Allowed.SIGNED_IN)
    String points(@RequestParam(required = false) String year, @RequestParam(required = false) String theme,
            CurrentPerson person, Model model) {
        var chosenYear = ReportingYear.tryParse(year).orElse(null);
        LearningTheme chosenTheme = null;
        for (var t : LearningTheme.values()) if (t.name().equals(theme)) chosenTheme = t;
        model.addAttribute("year", chosenYear);
        model.addAttribute("theme", chosenTheme);
        model.addAttribute("points", learning.points(chosenYear, chosenTheme));
        model.addAttribute("canWrite", access.manages(person));
        return "reviews/learning/points";
    }

    @GetMapping("/learning/points/new")
    @PreAuthorize(Rule.Allowed.MANAGES_REVIEWS)
    String addPoint(Model model) {
        return pointForm(model, LearningPointForm.blank(), null);
    }

    @PostMapping("/learning/points/new")
    @PreAuthorize(Rule.Allowed.MANAGES_REVIEWS)
    String addPoint(@Valid @ModelAttribute("form") LearningPointForm form, BindingResult errors, CurrentPerson person, Model model,
            RedirectAttributes redirect) {
        var details = form.check(errors);
        if (details == null) return pointForm(model, form, null);
        learning.addPoint(details, person);
        redirect.addFlashAttribute("success", "Learning point recorded");
        return "redirect:/learning/points?year=" + ReportingYear.containing(details.identifiedOn()).slug();
    }

    @GetMapping("/learning/points/{id}/edit")
    @PreAuthorize(Rule.Allowed.MANAGES_REVIEWS)
    String editPoint(@PathVariable long id, Model model) {
        var p = learning.point(id).orElseThrow(RecordNotFoundException::new);
        return pointForm(model, LearningPointForm.of(p), p);
    }

    @PostMapping("/learning/points/{id}/edit")
    @PreAuthorize(Rule.Allowed.MANAGES_REVIEWS)
    String editPoint(@PathVariable long id, @Valid @ModelAttribute("form") LearningPointForm form, BindingResult errors,
            CurrentPerson person, Model model, RedirectAttributes redirect) {
        var p = learning.point(id).orElseThrow(RecordNotFoundException::new);
        var details = form.check(errors);
        Long version = FormValues.wholeNumber(form.version());
        if (version == null) errors.reject("version", EditConflicts.MESSAGE);
        if (errors.hasErrors()) return pointForm(model, form, p);
        if (!EditConflicts.saved(errors, () -> learning.updatePoint(id, version, details, person))) {
            var latest = learning.point(id).orElseThrow(RecordNotFoundException::new);
            return pointForm(model, FormErrors.keep(model, form.withVersion(latest.version()), errors), latest);
        }
        redirect.addFlashAttribute("success", "Learning point changed");
        return "redirect:/learning/points?year=" + ReportingYear.containing(details.identifiedOn()).slug();
    }

    private String pointForm(Model model, LearningPointForm form, LearningService.PointRecord point) {
        if (!model.containsAttribute("form")) model.addAttribute("form", form);
        model.addAttribute("point", point);
        model.addAttribute("sources", Choice.of(BriefingSubject.values()));
        model.addAttribute("themes", Choice.of(LearningTheme.values()));
        return "reviews/learning/point-form";
    }
}
