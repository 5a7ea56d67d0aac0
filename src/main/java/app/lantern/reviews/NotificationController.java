package app.lantern.reviews;

import java.util.HashSet;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.lantern.identity.CurrentPerson;
import app.lantern.identity.OrganisationDirectory;
import app.lantern.shared.Choice;
import app.lantern.shared.EditConflicts;
import app.lantern.shared.FormValues;
import app.lantern.shared.FormErrors;
import app.lantern.shared.Rule;
import app.lantern.shared.TimescaleRule;
import jakarta.validation.Valid;

/**
 * Serious incident notifications: the list, a notification's page, recording and changing one.
 * Every handler lets signed-in people through; {@link IncidentService} answers 404 to anyone
 * who may not see restricted review material.
 */
@Controller
class NotificationController {

    private final IncidentService incidents;
    private final ReviewAccess access;
    private final OrganisationDirectory organisations;

    NotificationController(IncidentService incidents, ReviewAccess access, OrganisationDirectory organisations) {
        this.incidents = incidents;
        this.access = access;
        this.organisations = organisations;
    }

    @GetMapping("/reviews/notifications")
    @PreAuthorize(Rule.Allowed.SIGNED_IN)
    String list(CurrentPerson person, Model model) {
        model.addAttribute("notifications", incidents.list(person));
        model.addAttribute("mayChange", access.manages(person));
        return "reviews/incidents/notifications";
    }

    @GetMapping("/reviews/notifications/{id}")
    @PreAuthorize(Rule.Allowed.SIGNED_IN)
    String show(@PathVariable long id, CurrentPerson person, Model model) {
        model.addAttribute("n", incidents.page(id, person));
        model.addAttribute("mayChange", access.manages(person));
        model.addAttribute("rule", incidents.ruleDescription(TimescaleRule.PANEL_NOTIFICATION));
        return "reviews/incidents/notification";
    }

    @GetMapping("/reviews/notifications/new")
    @PreAuthorize(ReviewAccess.MANAGES_MATERIAL)
    String newForm(Model model) {
        return form(model, NotificationForm.empty(), null);
    }

    @PostMapping("/reviews/notifications/new")
    @PreAuthorize(ReviewAccess.MANAGES_MATERIAL)
    String create(@Valid @ModelAttribute("form") NotificationForm form, BindingResult errors, CurrentPerson person, Model model,
            RedirectAttributes redirect) {
        var details = check(form, errors);
        if (details == null) return form(model, form, null);
        long id = incidents.record(details, person);
        redirect.addFlashAttribute("success", "Notification recorded");
        return "redirect:/reviews/notifications/" + id;
    }

    @GetMapping("/reviews/notifications/{id}/edit")
    @PreAuthorize(Rule.Allowed.SIGNED_IN)
    String editForm(@PathVariable long id, CurrentPerson person, Model model) {
        var record = access.changeable(person, incidents.find(id), "Change serious incident notification " + id);
        model.addAttribute("reference", record.reference());
        return form(model, NotificationForm.of(record.details(), record.version()), id);
    }

    @PostMapping("/reviews/notifications/{id}/edit")
    @PreAuthorize(ReviewAccess.MANAGES_MATERIAL)
    String update(@PathVariable long id, @Valid @ModelAttribute("form") NotificationForm form, BindingResult errors, CurrentPerson person,
            Model model, RedirectAttributes redirect) {
        var record = access.changeable(person, incidents.find(id), "Change serious incident notification " + id);
        model.addAttribute("reference", record.reference());
        var details = check(form, errors);
        Long version = FormValues.wholeNumber(form.version());
        if (version == null) errors.reject("version", "The form was incomplete. Open the notification again and make your change");
        if (details == null || errors.hasErrors()) return form(model, form, id);
        if (!EditConflicts.saved(errors, () -> incidents.update(id, version, details, person))) {
            var latest = incidents.find(id).orElse(record);
            return form(model, FormErrors.keep(model, form.withVersion(latest.version()), errors), id);
        }
        redirect.addFlashAttribute("success", "Notification updated");
        return "redirect:/reviews/notifications/" + id;
    }

    private NotificationDetails check(NotificationForm form, BindingResult errors) {
        var known = new HashSet<Long>();
        organisations.choices().forEach(o -> known.add(o.id()));
        var details = form.details(incidents.today(), known, errors);
        if (details != null) {
            String problem = incidents.calendarProblem(TimescaleRule.PANEL_NOTIFICATION, details.awareDate());
            if (problem != null) errors.rejectValue("awareDay", "calendar", problem);
            else if (details.notifiedDate() != null) {
                problem = incidents.calendarProblem(TimescaleRule.RAPID_REVIEW, details.notifiedDate());
                if (problem != null) errors.rejectValue("notifiedDay", "calendar", problem);
            }
        }
        return errors.hasErrors() ? null : details;
    }

    private String form(Model model, NotificationForm form, Long id) {
        model.addAttribute("form", form);
        model.addAttribute("notificationId", id);
        model.addAttribute("sexChoices", Choice.of(IncidentSex.values()));
        model.addAttribute("ethnicityChoices", Choice.of(IncidentEthnicity.values()));
        model.addAttribute("harmChoices", Choice.of(IncidentHarm.values()));
        model.addAttribute("abuseChoices", Choice.of(IncidentAbuse.values()));
        model.addAttribute("lookedAfterChoices", List.of(new Choice("YES", "Yes"), new Choice("NO", "No")));
        model.addAttribute("agencyChoices", organisations.choices().stream().map(o -> new Choice(String.valueOf(o.id()), o.name())).toList());
        return "reviews/incidents/notification-form";
    }
}
