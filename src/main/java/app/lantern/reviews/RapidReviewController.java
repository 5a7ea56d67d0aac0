package app.lantern.reviews;

import java.util.HashSet;
import java.util.Set;

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
 * Rapid reviews: starting one from a notification, its page, the outcome form, the agencies'
 * requests (which an agency's lead answers) and immediate actions. Services decide access:
 * 404 for anyone who may not see the record.
 */
@Controller
class RapidReviewController {

    private final RapidReviewService reviews;
    private final AgencySummaryService summaries;
    private final IncidentService incidents;
    private final ReviewAccess access;
    private final OrganisationDirectory organisations;
    private final CaseReviewStore caseReviews;

    RapidReviewController(RapidReviewService reviews, AgencySummaryService summaries, IncidentService incidents, ReviewAccess access,
            OrganisationDirectory organisations, CaseReviewStore caseReviews) {
        this.caseReviews = caseReviews;
        this.reviews = reviews;
        this.summaries = summaries;
        this.incidents = incidents;
        this.access = access;
        this.organisations = organisations;
    }

    @GetMapping("/reviews/rapid")
    @PreAuthorize(Rule.Allowed.SIGNED_IN)
    String list(CurrentPerson person, Model model) {
        model.addAttribute("reviews", reviews.list(person));
        return "reviews/incidents/rapid-reviews";
    }

    @PostMapping("/reviews/notifications/{id}/rapid-review")
    @PreAuthorize(ReviewAccess.MANAGES_MATERIAL)
    String start(@PathVariable long id, CurrentPerson person, RedirectAttributes redirect) {
        var n = access.changeable(person, incidents.find(id), "Start the rapid review of notification " + id);
        if (n.details().notifiedDate() == null || !n.details().notifiable()) {
            redirect.addFlashAttribute("problem", n.details().notifiable()
                    ? "Record the date the panel was notified before starting the rapid review"
                    : "This incident does not meet the criteria for notification, so there is no rapid review");
            return "redirect:/reviews/notifications/" + id;
        }
        long reviewId = reviews.start(id, person);
        redirect.addFlashAttribute("success", "Rapid review started: each involved agency has been asked for its summary");
        return "redirect:/reviews/rapid/" + reviewId;
    }

    @GetMapping("/reviews/rapid/{id}")
    @PreAuthorize(Rule.Allowed.SIGNED_IN)
    String show(@PathVariable long id, CurrentPerson person, Model model) {
        model.addAttribute("r", reviews.page(id, person));
        // whoever may see a rapid review (business unit, partner leads) may see every case review
        model.addAttribute("commissioned", caseReviews.commissionedBy(id));
        model.addAttribute("mayChange", access.manages(person));
        model.addAttribute("rule", incidents.ruleDescription(TimescaleRule.RAPID_REVIEW));
        return "reviews/incidents/rapid-review";
    }

    @GetMapping("/reviews/rapid/{id}/edit")
    @PreAuthorize(Rule.Allowed.SIGNED_IN)
    String editForm(@PathVariable long id, CurrentPerson person, Model model) {
        var r = reviews.forEdit(id, person);
        return outcomeForm(model, r, RapidReviewForm.of(r.outcome(), r.record().version()));
    }

    @PostMapping("/reviews/rapid/{id}/edit")
    @PreAuthorize(ReviewAccess.MANAGES_MATERIAL)
    String update(@PathVariable long id, @Valid @ModelAttribute("form") RapidReviewForm form, BindingResult errors, CurrentPerson person,
            Model model, RedirectAttributes redirect) {
        var r = reviews.forEdit(id, person);
        var outcome = form.outcome(r.notification().details().notifiedDate(), incidents.today(), errors);
        Long version = FormValues.wholeNumber(form.version());
        if (version == null) errors.reject("version", "The form was incomplete. Open the rapid review again and make your change");
        if (outcome == null || errors.hasErrors()) return outcomeForm(model, r, form);
        if (!EditConflicts.saved(errors, () -> reviews.recordOutcome(id, version, outcome, person))) {
            return outcomeForm(model, r, FormErrors.keep(model, form.withVersion(reviews.find(id).orElseThrow().version()), errors));
        }
        redirect.addFlashAttribute("success", "Rapid review updated");
        return "redirect:/reviews/rapid/" + id;
    }

    private String outcomeForm(Model model, RapidReviewView r, RapidReviewForm form) {
        model.addAttribute("r", r);
        model.addAttribute("form", form);
        model.addAttribute("decisionChoices", Choice.of(RapidReviewDecision.values()));
        return "reviews/incidents/rapid-review-form";
    }

    @GetMapping("/reviews/rapid/{id}/requests/new")
    @PreAuthorize(Rule.Allowed.SIGNED_IN)
    String newRequest(@PathVariable long id, CurrentPerson person, Model model) {
        var r = reviews.forEdit(id, person);
        return requestForm(model, r, AgencySummaryRequestForm.of(null, summaries.defaultSummaryDue(incidents.today()), null));
    }

    @PostMapping("/reviews/rapid/{id}/requests/new")
    @PreAuthorize(ReviewAccess.MANAGES_MATERIAL)
    String addRequest(@PathVariable long id, @ModelAttribute("form") AgencySummaryRequestForm form, BindingResult errors,
            CurrentPerson person, Model model, RedirectAttributes redirect) {
        var r = reviews.forEdit(id, person);
        Set<Long> asked = new HashSet<>();
        r.requests().forEach(q -> asked.add(q.organisationId()));
        Long org = form.organisation(knownOrganisations(), errors);
        if (org != null && asked.contains(org)) errors.rejectValue("organisationId", "asked", "That organisation has already been asked");
        var due = form.due(incidents.today(), errors);
        if (errors.hasErrors()) return requestForm(model, r, form);
        summaries.addRequest(id, org, due, person);
        redirect.addFlashAttribute("success", "Request sent to " + organisations.nameOf(org).orElse("the organisation"));
        return "redirect:/reviews/rapid/" + id;
    }

    private String requestForm(Model model, RapidReviewView r, AgencySummaryRequestForm form) {
        var asked = new HashSet<Long>();
        r.requests().forEach(q -> asked.add(q.organisationId()));
        model.addAttribute("r", r);
        model.addAttribute("form", form);
        model.addAttribute("organisationChoices", organisations.choices().stream().filter(o -> !asked.contains(o.id()))
                .map(o -> new Choice(String.valueOf(o.id()), o.name())).toList());
        return "reviews/incidents/request-form";
    }

    @GetMapping("/reviews/rapid/{id}/requests/{requestId}")
    @PreAuthorize(Rule.Allowed.SIGNED_IN)
    String request(@PathVariable long id, @PathVariable long requestId, CurrentPerson person, Model model) {
        var view = summaries.request(id, requestId, person);
        return requestPage(model, view, new AgencySummaryForm("", "", String.valueOf(view.request().version())),
                AgencySummaryRequestForm.of(view.request().organisationId(), view.request().due(), view.request().version()));
    }

    @PostMapping("/reviews/rapid/{id}/requests/{requestId}")
    @PreAuthorize(ReviewAccess.ANSWERS_REQUESTS)
    String submit(@PathVariable long id, @PathVariable long requestId, @Valid @ModelAttribute("form") AgencySummaryForm form,
            BindingResult errors, CurrentPerson person, Model model, RedirectAttributes redirect) {
        var view = summaries.request(id, requestId, person);
        if (view.request().submitted()) {
            redirect.addFlashAttribute("success", "This summary has already been submitted");
            return "redirect:" + view.request().path();
        }
        var texts = form.texts(errors);
        Long version = FormValues.wholeNumber(form.version());
        if (version == null) errors.reject("version", "The form was incomplete. Open the request again and submit it");
        var dueForm = AgencySummaryRequestForm.of(view.request().organisationId(), view.request().due(), view.request().version());
        if (texts == null || errors.hasErrors()) return requestPage(model, view, form, dueForm);
        if (!EditConflicts.saved(errors, () -> summaries.submit(id, requestId, version, texts[0], texts[1], person))) {
            return requestPage(model, summaries.request(id, requestId, person), form, dueForm);
        }
        redirect.addFlashAttribute("success", "Summary of involvement submitted");
        return "redirect:" + view.request().path();
    }

    @PostMapping("/reviews/rapid/{id}/requests/{requestId}/due")
    @PreAuthorize(ReviewAccess.MANAGES_MATERIAL)
    String changeDue(@PathVariable long id, @PathVariable long requestId, @ModelAttribute("dueForm") AgencySummaryRequestForm dueForm,
            BindingResult errors, CurrentPerson person, Model model, RedirectAttributes redirect) {
        var view = summaries.request(id, requestId, person);
        var due = dueForm.due(incidents.today(), errors);
        Long version = FormValues.wholeNumber(dueForm.version());
        if (version == null) errors.reject("version", "The form was incomplete. Open the request again and make your change");
        var form = new AgencySummaryForm("", "", String.valueOf(view.request().version()));
        if (errors.hasErrors()) return requestPage(model, view, form, dueForm);
        if (!EditConflicts.saved(errors, () -> summaries.changeDue(id, requestId, version, due, person))) {
            return requestPage(model, summaries.request(id, requestId, person), form, dueForm);
        }
        redirect.addFlashAttribute("success", "Due date changed");
        return "redirect:" + view.request().path();
    }

    @PostMapping("/reviews/rapid/{id}/requests/{requestId}/remove")
    @PreAuthorize(ReviewAccess.MANAGES_MATERIAL)
    String remove(@PathVariable long id, @PathVariable long requestId, CurrentPerson person, RedirectAttributes redirect) {
        if (!summaries.removeRequest(id, requestId, person)) {
            redirect.addFlashAttribute("problem", "This request has been answered meanwhile, so it cannot be withdrawn");
            return "redirect:/reviews/rapid/" + id + "/requests/" + requestId;
        }
        redirect.addFlashAttribute("success", "Request withdrawn");
        return "redirect:/reviews/rapid/" + id;
    }

    private String requestPage(Model model, AgencySummaryView view, AgencySummaryForm form, AgencySummaryRequestForm dueForm) {
        model.addAttribute("v", view);
        model.addAttribute("form", form);
        model.addAttribute("dueForm", dueForm);
        return "reviews/incidents/request";
    }

    @GetMapping("/reviews/rapid/{id}/actions/new")
    @PreAuthorize(Rule.Allowed.SIGNED_IN)
    String newAction(@PathVariable long id, CurrentPerson person, Model model) {
        var r = reviews.forEdit(id, person);
        return actionForm(model, r, RapidReviewActionForm.empty());
    }

    @PostMapping("/reviews/rapid/{id}/actions/new")
    @PreAuthorize(ReviewAccess.MANAGES_MATERIAL)
    String raiseAction(@PathVariable long id, @Valid @ModelAttribute("form") RapidReviewActionForm form, BindingResult errors,
            CurrentPerson person, Model model, RedirectAttributes redirect) {
        var r = reviews.forEdit(id, person);
        var checked = form.check(incidents.today(), knownOrganisations(), errors);
        if (checked == null) return actionForm(model, r, form);
        reviews.raiseAction(id, checked.title(), checked.description(), checked.owner(), checked.due(), person);
        redirect.addFlashAttribute("success", "Action raised in the action tracker");
        return "redirect:/reviews/rapid/" + id;
    }

    private String actionForm(Model model, RapidReviewView r, RapidReviewActionForm form) {
        model.addAttribute("r", r);
        model.addAttribute("form", form);
        model.addAttribute("organisationChoices", organisations.choices().stream().map(o -> new Choice(String.valueOf(o.id()), o.name())).toList());
        return "reviews/incidents/action-form";
    }

    private Set<Long> knownOrganisations() {
        var known = new HashSet<Long>();
        organisations.choices().forEach(o -> known.add(o.id()));
        return known;
    }
}
