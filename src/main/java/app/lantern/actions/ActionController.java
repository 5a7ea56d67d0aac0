package app.lantern.actions;

import java.io.IOException;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
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
import app.lantern.shared.FormValues;
import app.lantern.shared.PageOf;
import app.lantern.shared.Rag;
import app.lantern.shared.Rule;

/** The tracker's pages: the lists, an action's page, and the forms that change an action. */
@Controller
class ActionController {

    private final ActionService service;
    private final ActionAccess access;
    private final ActionSources sources;
    private final OrganisationDirectory organisations;
    private final People people;

    ActionController(ActionService service, ActionAccess access, ActionSources sources, OrganisationDirectory organisations,
            People people) {
        this.service = service;
        this.access = access;
        this.sources = sources;
        this.organisations = organisations;
        this.people = people;
    }

    @GetMapping("/actions")
    @PreAuthorize(Rule.Allowed.SIGNED_IN)
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String source,
            @RequestParam(required = false) String owner, @RequestParam(required = false) String status,
            @RequestParam(required = false) String rag, @RequestParam(required = false) String overdue,
            @RequestParam(required = false) String dueSoon, @RequestParam(required = false) String page,
            CurrentPerson person, Model model) {
        var filter = ActionFilter.of(q, sources.registered(source), owner, status, rag, overdue, dueSoon);
        model.addAttribute("owners", ownerChoices());
        return list(filter, page, false, "/actions", person, model);
    }

    @GetMapping("/actions/mine")
    @PreAuthorize(Rule.Allowed.SIGNED_IN)
    String mine(@RequestParam(required = false) String q, @RequestParam(required = false) String source,
            @RequestParam(required = false) String status, @RequestParam(required = false) String rag,
            @RequestParam(required = false) String overdue, @RequestParam(required = false) String dueSoon,
            @RequestParam(required = false) String page, CurrentPerson person, Model model) {
        if (person.organisationId() == null) {
            model.addAttribute("noOrganisation", true);
            return "actions/mine-none";
        }
        var filter = ActionFilter.of(q, sources.registered(source), null, status, rag, overdue, dueSoon).forOrganisation(person.organisationId());
        model.addAttribute("organisationName", organisations.nameOf(person.organisationId()).orElse("your organisation"));
        return list(filter, page, true, "/actions/mine", person, model);
    }

    private String list(ActionFilter filter, String page, boolean mine, String path, CurrentPerson person, Model model) {
        var result = service.page(filter, PageOf.clampPage(number(page)));
        var found = result.found();
        model.addAttribute("more", result.more());
        String query = mine ? filter.withoutOwner().query() : filter.query();
        model.addAttribute("filter", filter);
        // the selects' chosen values as text, compared once per option
        model.addAttribute("sourceValue", filter.source() == null ? "" : filter.source().code());
        model.addAttribute("ownerValue", filter.ownerOrganisationId() == null ? "" : filter.ownerOrganisationId().toString());
        model.addAttribute("statusValue", filter.status() == null ? "" : filter.status().name());
        model.addAttribute("ragValue", filter.rag() == null ? "" : filter.rag().name());
        model.addAttribute("mine", mine);
        model.addAttribute("path", path);
        model.addAttribute("found", found);
        model.addAttribute("overdueCount", service.overdueCount(mine ? person.organisationId() : null));
        model.addAttribute("sources", choices(sources.all()));
        model.addAttribute("statuses", Choice.of(ActionStatus.values()));
        model.addAttribute("rags", Choice.of(Rag.values()));
        model.addAttribute("filterQuery", query);
        model.addAttribute("pageUrl", path + "?" + (query.isEmpty() ? "" : query + "&"));
        model.addAttribute("exportQuery", filter.query());
        model.addAttribute("canManage", access.mayManage(person));
        model.addAttribute("today", service.today());
        return "actions/list";
    }

    @GetMapping("/actions/{id}")
    @PreAuthorize(Rule.Allowed.SIGNED_IN)
    String show(@PathVariable long id, CurrentPerson person, Model model) {
        model.addAttribute("p", service.pageOf(id, person));
        return "actions/action";
    }

    @GetMapping("/actions/new")
    @PreAuthorize(Rule.Allowed.RUNS_PARTNERSHIP)
    String add(Model model) {
        model.addAttribute("form", ActionForm.empty());
        return detailsForm(model, null, null);
    }

    @PostMapping("/actions/new")
    @PreAuthorize(Rule.Allowed.RUNS_PARTNERSHIP)
    String add(@Validated @ModelAttribute("form") ActionForm form, BindingResult errors, CurrentPerson person, Model model,
            RedirectAttributes redirect) {
        var details = form.details(true, service.today(), sources.handRaised(), errors);
        if (details != null) checkOwner(details, errors);
        if (errors.hasErrors()) return detailsForm(model, null, null);
        long id = service.create(details, person);
        redirect.addFlashAttribute("success", "Action " + ActionReference.of(id) + " raised");
        return "redirect:/actions/" + id;
    }

    @GetMapping("/actions/{id}/edit")
    @PreAuthorize(Rule.Allowed.RUNS_PARTNERSHIP)
    String edit(@PathVariable long id, Model model) {
        var a = access.readable(id);
        model.addAttribute("form", ActionForm.of(a));
        return detailsForm(model, a, null);
    }

    @PostMapping("/actions/{id}/edit")
    @PreAuthorize(Rule.Allowed.RUNS_PARTNERSHIP)
    String edit(@PathVariable long id, @Validated @ModelAttribute("form") ActionForm form, BindingResult errors,
            CurrentPerson person, Model model, RedirectAttributes redirect) {
        var a = access.readable(id);
        var details = form.details(false, service.today(), sources.handRaised(), errors);
        if (details != null) checkOwner(details, errors);
        if (errors.hasErrors()) return detailsForm(model, a, null);
        if (!EditConflicts.saved(errors, () -> service.changeDetails(id, FormValues.version(form.version()), details, person))) {
            var now = freshVersion(id, model);
            return detailsForm(model, a, now);
        }
        redirect.addFlashAttribute("success", "Action changed");
        return "redirect:/actions/" + id;
    }

    private String detailsForm(Model model, ActionRecord action, ActionRecord current) {
        model.addAttribute("action", action);
        model.addAttribute("current", current);
        model.addAttribute("sources", choices(sources.handRaised()));
        model.addAttribute("owners", ownerChoices());
        model.addAttribute("people", people.active().stream().map(p -> new Choice(String.valueOf(p.id()), p.fullName(), p.jobTitle())).toList());
        return "actions/action-form";
    }

    private List<Choice> ownerChoices() {
        return organisations.choices().stream().map(o -> new Choice(String.valueOf(o.id()), o.name())).toList();
    }

    private void checkOwner(ActionForm.Details d, BindingResult errors) {
        if (organisations.nameOf(d.ownerOrganisationId()).isEmpty())
            errors.rejectValue("ownerOrganisationId", "unknown", "Select the organisation that owns this action");
        if (d.ownerPersonId() != null && people.find(d.ownerPersonId()).filter(p -> p.active()).isEmpty())
            errors.rejectValue("ownerPersonId", "unknown", "Select a person who can use Lantern, or no one");
    }

    @GetMapping("/actions/{id}/progress")
    @PreAuthorize(Rule.Allowed.SIGNED_IN)
    String progress(@PathVariable long id, CurrentPerson person, Model model) {
        var a = access.updatable(id, person);
        model.addAttribute("form", ProgressForm.of(a));
        return progressForm(model, a, null);
    }

    @PostMapping("/actions/{id}/progress")
    @PreAuthorize(ActionAccess.UPDATES_THIS_ACTION)
    String progress(@PathVariable long id, @Validated @ModelAttribute("form") ProgressForm form, BindingResult errors,
            CurrentPerson person, Model model, RedirectAttributes redirect) {
        var a = access.updatable(id, person);
        var status = form.checkedStatus(errors);
        if (errors.hasErrors()) return progressForm(model, a, null);
        if (!EditConflicts.saved(errors, () -> service.recordProgress(id, FormValues.version(form.version()), status, form.update(), person))) {
            var now = freshVersion(id, model);
            return progressForm(model, now, now);
        }
        redirect.addFlashAttribute("success", "Progress recorded");
        return "redirect:/actions/" + id;
    }

    private String progressForm(Model model, ActionRecord a, ActionRecord current) {
        model.addAttribute("action", a);
        model.addAttribute("current", current);
        model.addAttribute("statuses", List.of(
                new Choice("NOT_STARTED", "Not started"),
                new Choice("IN_PROGRESS", "In progress"),
                new Choice("COMPLETED", "Completed", "The business unit then signs it off with the evidence of impact"),
                new Choice("CLOSED", "Closed without completion", "Say why in the update")));
        return "actions/progress";
    }

    @GetMapping("/actions/{id}/rating")
    @PreAuthorize(Rule.Allowed.SIGNED_IN)
    String rating(@PathVariable long id, CurrentPerson person, Model model) {
        var a = access.updatable(id, person);
        model.addAttribute("form", RatingForm.of(a));
        return ratingForm(model, a, null);
    }

    @PostMapping("/actions/{id}/rating")
    @PreAuthorize(ActionAccess.UPDATES_THIS_ACTION)
    String rating(@PathVariable long id, @Validated @ModelAttribute("form") RatingForm form, BindingResult errors,
            CurrentPerson person, Model model, RedirectAttributes redirect) {
        var a = access.updatable(id, person);
        if (!a.status().open()) errors.reject("finished", "The rating of a completed or closed action follows its status and cannot be overridden");
        var choice = form.checked(errors);
        if (errors.hasErrors()) return ratingForm(model, a, null);
        if (!EditConflicts.saved(errors, () -> service.overrideRating(id, FormValues.version(form.version()), choice.rag(), choice.reason(), person))) {
            var now = freshVersion(id, model);
            return ratingForm(model, now, now);
        }
        redirect.addFlashAttribute("success", choice.rag() == null ? "Override removed" : "Rating overridden");
        return "redirect:/actions/" + id;
    }

    private String ratingForm(Model model, ActionRecord a, ActionRecord current) {
        model.addAttribute("action", a);
        model.addAttribute("current", current);
        model.addAttribute("derived", ActionRules.derivedRag(a.status(), a.due(), service.today()));
        model.addAttribute("ratings", List.of(
                new Choice(RatingForm.DERIVED, "Follow the status and due date", "No override"),
                new Choice("RED", "Red", Rag.RED.meaning()),
                new Choice("AMBER", "Amber", Rag.AMBER.meaning()),
                new Choice("GREEN", "Green", Rag.GREEN.meaning())));
        return "actions/rating";
    }

    @GetMapping("/actions/{id}/evidence")
    @PreAuthorize(Rule.Allowed.SIGNED_IN)
    String evidence(@PathVariable long id, CurrentPerson person, Model model) {
        var a = access.updatable(id, person);
        model.addAttribute("form", new EvidenceForm("", "FILE", ""));
        return evidenceForm(model, a);
    }

    @PostMapping("/actions/{id}/evidence")
    @PreAuthorize(ActionAccess.UPDATES_THIS_ACTION)
    String evidence(@PathVariable long id, @Validated @ModelAttribute("form") EvidenceForm form, BindingResult errors,
            @RequestParam(required = false) MultipartFile file, CurrentPerson person, Model model, RedirectAttributes redirect)
            throws IOException {
        var a = access.updatable(id, person);
        var checked = form.check(file, errors);
        if (errors.hasErrors()) return evidenceForm(model, a);
        service.addEvidence(id, form.description().strip(), checked.link(), checked.verdict(), checked.content(), person);
        redirect.addFlashAttribute("success", "Evidence added");
        return "redirect:/actions/" + id + "#evidence";
    }

    private String evidenceForm(Model model, ActionRecord a) {
        model.addAttribute("action", a);
        model.addAttribute("kinds", List.of(new Choice("FILE", "Upload a file", "Up to 10 MB: " + EvidenceFiles.ALLOWED),
                new Choice("LINK", "Link to evidence kept elsewhere", "For example a document on your organisation's intranet")));
        return "actions/evidence";
    }

    @GetMapping("/actions/{id}/evidence/{evidenceId}")
    @PreAuthorize(Rule.Allowed.SIGNED_IN)
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long evidenceId) {
        var file = service.evidenceFile(id, evidenceId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    @GetMapping("/actions/{id}/sign-off")
    @PreAuthorize(Rule.Allowed.RUNS_PARTNERSHIP)
    String signOff(@PathVariable long id, CurrentPerson person, Model model) {
        var a = access.readable(id);
        model.addAttribute("form", SignOffForm.of(a));
        return signOffForm(model, a, null, person);
    }

    @PostMapping("/actions/{id}/sign-off")
    @PreAuthorize(Rule.Allowed.RUNS_PARTNERSHIP)
    String signOff(@PathVariable long id, @Validated @ModelAttribute("form") SignOffForm form, BindingResult errors,
            CurrentPerson person, Model model, RedirectAttributes redirect) {
        var a = access.readable(id);
        if (!a.awaitingSignOff())
            errors.reject("state", a.signedOff() ? "This action has already been signed off" : "Only a completed action can be signed off");
        if (errors.hasErrors()) return signOffForm(model, a, null, person);
        if (!EditConflicts.saved(errors, () -> service.signOff(id, FormValues.version(form.version()), form.impact(), person))) {
            var now = freshVersion(id, model);
            return signOffForm(model, now, now, person);
        }
        redirect.addFlashAttribute("success", "Action signed off");
        return "redirect:/actions/" + id;
    }

    private String signOffForm(Model model, ActionRecord a, ActionRecord current, CurrentPerson person) {
        model.addAttribute("p", service.pageOf(a.id(), person));
        model.addAttribute("action", a);
        model.addAttribute("current", current);
        return "actions/sign-off";
    }

    /**
     * After an edit conflict: the action as it is now, whose version the re-shown form carries,
     * so the person's next save (of what they typed, kept in the form) goes through.
     */
    private ActionRecord freshVersion(long id, Model model) {
        var now = access.readable(id);
        model.addAttribute("freshVersion", now.version());
        return now;
    }


    private static Integer number(String s) {
        if (s == null || !s.strip().matches("\\d{1,9}")) return null;
        return Integer.parseInt(s.strip());
    }

    private static java.util.List<Choice> choices(java.util.List<SourceKind> kinds) {
        return kinds.stream().map(k -> new Choice(k.code(), k.label())).toList();
    }
}
