package app.lantern.reviews;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.lantern.identity.CurrentPerson;
import app.lantern.identity.OrganisationDirectory;
import app.lantern.identity.People;
import app.lantern.shared.Choice;
import app.lantern.shared.EditConflicts;
import app.lantern.shared.FormErrors;
import app.lantern.shared.FormValues;
import app.lantern.shared.Rule;
import jakarta.validation.Valid;

/**
 * Case reviews' pages. A page lets any signed-in person ask; the service then answers 404 to anyone
 * who may not see the review, and 403 to a reader who may not make the change. A change is let
 * through by {@link ReviewAccess}'s rules, which hide the review (404) from the same people first.
 */
@Controller
class CaseReviewController {

    private final CaseReviewService reviews;
    private final CaseReviewPages pages;
    private final People people;
    private final OrganisationDirectory organisations;
    private final ReviewAccess access;

    CaseReviewController(CaseReviewService reviews, CaseReviewPages pages, People people, OrganisationDirectory organisations,
            ReviewAccess access) {
        this.reviews = reviews;
        this.pages = pages;
        this.access = access;
        this.people = people;
        this.organisations = organisations;
    }

    @GetMapping("/reviews/cases")
    @PreAuthorize(Rule.Allowed.SIGNED_IN)
    String list(CurrentPerson person, Model model) {
        model.addAttribute("rows", pages.list(person));
        model.addAttribute("canManage", access.manages(person));
        model.addAttribute("seesAll", access.sees(person));
        return "reviews/cases/list";
    }

    static final String NO_RAPID_REVIEW = "The rapid review this review is said to follow does not exist: start again from the rapid review’s page";

    @GetMapping("/reviews/cases/new")
    @PreAuthorize(Rule.Allowed.MANAGES_REVIEWS)
    String add(@RequestParam(required = false) String rapidReview, Model model) {
        model.addAttribute("form", CaseReviewForm.empty(rapidReview));
        return reviewForm(model, null);
    }

    @PostMapping("/reviews/cases/new")
    @PreAuthorize(Rule.Allowed.MANAGES_REVIEWS)
    String add(@Valid @ModelAttribute("form") CaseReviewForm form, BindingResult errors, CurrentPerson person, Model model,
            RedirectAttributes redirect) {
        var details = form.details(true, reviews.today(), id -> pages.type(id).isPresent(), errors);
        if (details != null) {
            var type = pages.type(details.typeId()).orElseThrow();
            String problem = reviews.planProblem(details.decision(), CaseReviewRules.plannedPublication(details.decision(), type.publicationMonths()));
            if (problem != null) errors.rejectValue("decisionDay", "calendar", problem);
            if (!reviews.rapidReviewExists(details.rapidReviewId())) errors.reject("rapidReview", NO_RAPID_REVIEW);
        }
        if (errors.hasErrors()) return reviewForm(model, null);
        long id = reviews.create(details, person);
        redirect.addFlashAttribute("success", "Case review recorded");
        return "redirect:/reviews/cases/" + id;
    }

    @GetMapping("/reviews/cases/{id}")
    @PreAuthorize(Rule.Allowed.SIGNED_IN)
    String show(@PathVariable long id, CurrentPerson person, Model model) {
        model.addAttribute("p", pages.page(id, person));
        return "reviews/cases/review";
    }

    @GetMapping("/reviews/cases/{id}/edit")
    @PreAuthorize(Rule.Allowed.SIGNED_IN)
    String edit(@PathVariable long id, CurrentPerson person, Model model) {
        var r = pages.forChange(id, person, "Opened the details form");
        model.addAttribute("form", CaseReviewForm.of(r));
        return reviewForm(model, r);
    }

    @PostMapping("/reviews/cases/{id}/edit")
    @PreAuthorize(ReviewAccess.MANAGES_CASE_REVIEW)
    String edit(@PathVariable long id, @Valid @ModelAttribute("form") CaseReviewForm form, BindingResult errors, CurrentPerson person,
            Model model, RedirectAttributes redirect) {
        var r = pages.forChange(id, person, "Changed the details");
        var details = form.details(false, reviews.today(), t -> pages.type(t).isPresent(), errors);
        if (details != null) {
            String problem = reviews.planProblem(details.decision(), details.plannedPublication());
            if (problem != null) errors.rejectValue("publicationDay", "calendar", problem);
            if (!reviews.rapidReviewExists(details.rapidReviewId())) errors.reject("rapidReview", NO_RAPID_REVIEW);
        }
        if (errors.hasErrors()) return reviewForm(model, r);
        if (!EditConflicts.saved(errors, () -> reviews.change(id, FormValues.version(form.version()), details, person))) {
            var now = pages.forChange(id, person, "Reloaded the details");
            FormErrors.keep(model, form.withVersion(now.version()), errors);
            return reviewForm(model, now);
        }
        redirect.addFlashAttribute("success", "Review details changed");
        return "redirect:/reviews/cases/" + id;
    }

    private String reviewForm(Model model, CaseReview review) {
        model.addAttribute("review", review);
        model.addAttribute("typeChoices", pages.types().stream().map(t -> new Choice(String.valueOf(t.id()), t.name(),
                (t.statutory() ? "Statutory. " : "Local. ") + "Publication due " + t.publicationMonths() + " months after the decision")).toList());
        return "reviews/cases/form";
    }

    // --- panel

    @GetMapping("/reviews/cases/{id}/panel/new")
    @PreAuthorize(Rule.Allowed.SIGNED_IN)
    String addPanelMember(@PathVariable long id, CurrentPerson person, Model model) {
        var r = pages.forChange(id, person, "Opened the panel form");
        model.addAttribute("form", PanelMemberForm.empty());
        return panelForm(model, r);
    }

    @PostMapping("/reviews/cases/{id}/panel/new")
    @PreAuthorize(ReviewAccess.MANAGES_CASE_REVIEW)
    String addPanelMember(@PathVariable long id, @Valid @ModelAttribute("form") PanelMemberForm form, BindingResult errors,
            CurrentPerson person, Model model, RedirectAttributes redirect) {
        var r = pages.forChange(id, person, "Named a panel member");
        var active = people.active().stream().map(p -> p.id()).collect(Collectors.toSet());
        var onPanel = pages.panel(id).stream().map(PanelMember::personId).collect(Collectors.toSet());
        Long personId = form.checked(active::contains, onPanel, errors);
        if (errors.hasErrors()) return panelForm(model, r);
        try {
            reviews.addPanelMember(id, personId, form.role().strip(), person);
        } catch (org.springframework.dao.DuplicateKeyException raced) {
            errors.rejectValue("personId", "duplicate", "That person is already on the panel");
            return panelForm(model, r);
        }
        redirect.addFlashAttribute("success", "Panel member added");
        return "redirect:/reviews/cases/" + id + "#panel";
    }

    private String panelForm(Model model, CaseReview review) {
        model.addAttribute("review", review);
        model.addAttribute("peopleChoices", people.active().stream()
                .map(p -> new Choice(String.valueOf(p.id()), p.fullName() + (p.jobTitle() == null ? "" : ", " + p.jobTitle()))).toList());
        return "reviews/cases/panel-form";
    }

    @PostMapping("/reviews/cases/{id}/panel/{memberId}/remove")
    @PreAuthorize(ReviewAccess.MANAGES_CASE_REVIEW)
    String removePanelMember(@PathVariable long id, @PathVariable long memberId, CurrentPerson person, RedirectAttributes redirect) {
        reviews.removePanelMember(id, memberId, person);
        redirect.addFlashAttribute("success", "Panel member removed");
        return "redirect:/reviews/cases/" + id + "#panel";
    }

    // --- milestones

    @GetMapping("/reviews/cases/{id}/milestones/{milestoneId}")
    @PreAuthorize(Rule.Allowed.SIGNED_IN)
    String milestone(@PathVariable long id, @PathVariable long milestoneId, CurrentPerson person, Model model) {
        var r = pages.forContribution(id, person, "Opened a milestone");
        var m = pages.milestone(id, milestoneId);
        model.addAttribute("form", MilestoneForm.of(m));
        return milestoneForm(model, r, m, person);
    }

    @PostMapping("/reviews/cases/{id}/milestones/{milestoneId}")
    @PreAuthorize(ReviewAccess.CONTRIBUTES_TO_CASE_REVIEW)
    String milestone(@PathVariable long id, @PathVariable long milestoneId, @ModelAttribute("form") MilestoneForm form,
            BindingResult errors, CurrentPerson person, Model model, RedirectAttributes redirect) {
        var r = pages.forContribution(id, person, "Updated a milestone");
        var m = pages.milestone(id, milestoneId);
        var checked = form.checked(access.manages(person), r.decisionDate(), reviews.today(), errors);
        if (errors.hasErrors()) return milestoneForm(model, r, m, person);
        if (!EditConflicts.saved(errors, () -> reviews.changeMilestone(id, milestoneId, FormValues.version(form.version()),
                checked.due(), checked.doneOn(), person))) {
            var now = pages.milestone(id, milestoneId);
            FormErrors.keep(model, form.withVersion(now.version()), errors);
            return milestoneForm(model, r, now, person);
        }
        redirect.addFlashAttribute("success", "Milestone updated");
        return "redirect:/reviews/cases/" + id + "#milestones";
    }

    private String milestoneForm(Model model, CaseReview review, Milestone m, CurrentPerson person) {
        model.addAttribute("review", review);
        model.addAttribute("milestone", m);
        model.addAttribute("canChangeDue", access.manages(person));
        return "reviews/cases/milestone-form";
    }

    // --- findings

    @GetMapping("/reviews/cases/{id}/findings/new")
    @PreAuthorize(Rule.Allowed.SIGNED_IN)
    String addFinding(@PathVariable long id, CurrentPerson person, Model model) {
        var r = pages.forContribution(id, person, "Opened the findings form");
        model.addAttribute("form", new CaseReviewFindingForm(""));
        return findingForm(model, r);
    }

    @PostMapping("/reviews/cases/{id}/findings/new")
    @PreAuthorize(ReviewAccess.CONTRIBUTES_TO_CASE_REVIEW)
    String addFinding(@PathVariable long id, @Valid @ModelAttribute("form") CaseReviewFindingForm form, BindingResult errors,
            CurrentPerson person, Model model, RedirectAttributes redirect) {
        var r = pages.forContribution(id, person, "Recorded a finding");
        String body = form.checked(errors);
        if (errors.hasErrors()) return findingForm(model, r);
        int n = reviews.addFinding(id, body, person);
        redirect.addFlashAttribute("success", "Finding " + n + " recorded");
        return "redirect:/reviews/cases/" + id + "#findings";
    }

    private String findingForm(Model model, CaseReview review) {
        model.addAttribute("review", review);
        return "reviews/cases/finding-form";
    }

    // --- recommendations

    @GetMapping("/reviews/cases/{id}/recommendations/new")
    @PreAuthorize(Rule.Allowed.SIGNED_IN)
    String addRecommendation(@PathVariable long id, CurrentPerson person, Model model) {
        var r = pages.forChange(id, person, "Opened the recommendations form");
        model.addAttribute("form", RecommendationForm.empty());
        return recommendationForm(model, r);
    }

    @PostMapping("/reviews/cases/{id}/recommendations/new")
    @PreAuthorize(ReviewAccess.MANAGES_CASE_REVIEW)
    String addRecommendation(@PathVariable long id, @Valid @ModelAttribute("form") RecommendationForm form, BindingResult errors,
            CurrentPerson person, Model model, RedirectAttributes redirect) {
        var r = pages.forChange(id, person, "Made a recommendation");
        var checked = form.checked(org -> organisations.nameOf(org).isPresent(), reviews.today(), errors);
        if (errors.hasErrors()) return recommendationForm(model, r);
        reviews.addRecommendation(id, checked.body(), checked.ownerOrganisationId(), checked.due(), person);
        redirect.addFlashAttribute("success", "Recommendation added and raised as an action");
        return "redirect:/reviews/cases/" + id + "#recommendations";
    }

    private String recommendationForm(Model model, CaseReview review) {
        model.addAttribute("review", review);
        model.addAttribute("owners", organisations.choices().stream().map(o -> new Choice(String.valueOf(o.id()), o.name())).toList());
        return "reviews/cases/recommendation-form";
    }

    // --- publication

    @GetMapping("/reviews/cases/{id}/publication")
    @PreAuthorize(Rule.Allowed.SIGNED_IN)
    String publication(@PathVariable long id, CurrentPerson person, Model model) {
        var r = pages.forChange(id, person, "Opened the publication form");
        model.addAttribute("form", PublicationForm.of(r));
        return publicationForm(model, r);
    }

    @PostMapping("/reviews/cases/{id}/publication")
    @PreAuthorize(ReviewAccess.MANAGES_CASE_REVIEW)
    String publication(@PathVariable long id, @Valid @ModelAttribute("form") PublicationForm form, BindingResult errors,
            @RequestParam(required = false) MultipartFile file, CurrentPerson person, Model model, RedirectAttributes redirect)
            throws IOException {
        var r = pages.forChange(id, person, "Recorded publication");
        var checked = form.checked(r, file, reviews.today(), errors);
        if (errors.hasErrors()) return publicationForm(model, r);
        if (!EditConflicts.saved(errors, () -> reviews.recordPublication(id, FormValues.version(form.version()), checked, person))) {
            var now = pages.forChange(id, person, "Reloaded the publication");
            FormErrors.keep(model, form.withVersion(now.version()), errors);
            return publicationForm(model, now);
        }
        redirect.addFlashAttribute("success", checked.publishedOn() != null ? "Publication recorded" : "Report dates recorded");
        return "redirect:/reviews/cases/" + id;
    }

    private String publicationForm(Model model, CaseReview review) {
        model.addAttribute("review", review);
        return "reviews/cases/publication-form";
    }

    @GetMapping("/reviews/cases/{id}/report")
    @PreAuthorize(Rule.Allowed.SIGNED_IN)
    ResponseEntity<byte[]> report(@PathVariable long id, CurrentPerson person) {
        var file = pages.report(id, person);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(file.content());
    }
}
