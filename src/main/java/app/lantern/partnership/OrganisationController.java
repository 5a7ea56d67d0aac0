package app.lantern.partnership;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

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
import org.springframework.web.util.UriComponentsBuilder;

import app.lantern.identity.CurrentPerson;
import app.lantern.shared.Choice;
import app.lantern.shared.EditConflicts;
import app.lantern.shared.FormValues;
import app.lantern.shared.PageOf;
import app.lantern.shared.RecordNotFoundException;
import app.lantern.shared.Rule;

/** The register's list, an organisation's page, and adding and changing organisations. */
@Controller
class OrganisationController {

    private final OrganisationService service;
    private final OrganisationSearch search;

    private final CommitteeService committees;

    OrganisationController(OrganisationService service, OrganisationSearch search, CommitteeService committees) {
        this.service = service;
        this.search = search;
        this.committees = committees;
    }

    @GetMapping("/organisations")
    @PreAuthorize(Rule.Allowed.SIGNED_IN)
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
            @RequestParam(required = false) String sector, @RequestParam(required = false) String status,
            @RequestParam(required = false) String page, CurrentPerson person, Model model) {
        var filter = OrganisationSearch.Filter.of(q, type, sector, status);
        var found = search.page(filter, PageOf.clampPage(intOrNull(page)));
        model.addAttribute("filter", filter);
        model.addAttribute("q", filter.q());
        model.addAttribute("type", filter.type() == null ? "" : filter.type().name());
        model.addAttribute("sector", filter.sector() == null ? "" : filter.sector().name());
        model.addAttribute("status", filter.status().name().toLowerCase(java.util.Locale.ROOT));
        model.addAttribute("found", found);
        model.addAttribute("types", Choice.of(OrganisationType.values()));
        model.addAttribute("sectors", Choice.of(Sector.values()));
        model.addAttribute("statuses", List.of(new Choice("active", "Active"), new Choice("inactive", "Inactive"),
                new Choice("all", "All")));
        String filterQuery = query(filter);
        model.addAttribute("filterQuery", filterQuery);
        model.addAttribute("pageUrl", "/organisations?" + (filterQuery.isEmpty() ? "" : filterQuery + "&"));
        model.addAttribute("canChange", person.passes(Rule.RUNS_PARTNERSHIP));
        model.addAttribute("canExport", person.passes(Rule.READS_ACROSS));
        return "partnership/organisations";
    }

    @GetMapping("/organisations/{id}")
    @PreAuthorize(Rule.Allowed.SIGNED_IN)
    String show(@PathVariable long id, CurrentPerson person, Model model) {
        model.addAttribute("organisation", OrganisationView.of(service.find(id).orElseThrow(RecordNotFoundException::new)));
        model.addAttribute("seats", committees.seatsOf(id));
        model.addAttribute("canChange", person.passes(Rule.RUNS_PARTNERSHIP));
        return "partnership/organisation";
    }

    @GetMapping("/organisations/new")
    @PreAuthorize(Rule.Allowed.RUNS_PARTNERSHIP)
    String add(Model model) {
        model.addAttribute("form", OrganisationForm.blank());
        return form(model, null, null);
    }

    @PostMapping("/organisations/new")
    @PreAuthorize(Rule.Allowed.RUNS_PARTNERSHIP)
    String add(@ModelAttribute("form") OrganisationForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        var result = service.check(form, null);
        if (!result.ok()) {
            reject(errors, result);
            return form(model, null, null);
        }
        long id;
        try {
            id = service.register(result.details());
        } catch (org.springframework.dao.DataIntegrityViolationException raced) {
            errors.reject("duplicate", "Another organisation with this name or official code was added while you were typing. Check the register and try again.");
            return form(model, null, null);
        }
        redirect.addFlashAttribute("success", "Organisation added");
        return "redirect:/organisations/" + id;
    }

    @GetMapping("/organisations/{id}/edit")
    @PreAuthorize(Rule.Allowed.RUNS_PARTNERSHIP)
    String edit(@PathVariable long id, Model model) {
        var org = service.find(id).orElseThrow(RecordNotFoundException::new);
        model.addAttribute("form", OrganisationForm.of(org));
        return form(model, org, null);
    }

    @PostMapping("/organisations/{id}/edit")
    @PreAuthorize(Rule.Allowed.RUNS_PARTNERSHIP)
    String edit(@PathVariable long id, @ModelAttribute("form") OrganisationForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        var org = service.find(id).orElseThrow(RecordNotFoundException::new);
        Long expected = FormValues.wholeNumber(form.version());
        if (expected == null || !expected.equals(org.version)) {
            errors.reject("conflict", EditConflicts.MESSAGE);
            reject(errors, service.check(form, id));
            return form(model, org, org);
        }
        var result = service.check(form, id);
        if (!result.ok()) {
            reject(errors, result);
            return form(model, org, null);
        }
        var changed = new AtomicBoolean();
        try {
            if (!EditConflicts.saved(errors, () -> changed.set(service.update(id, expected, result.details())))) {
                var now = service.find(id).orElseThrow(RecordNotFoundException::new);
                return form(model, now, now);
            }
            redirect.addFlashAttribute("success", changed.get() ? "Organisation changed" : "Nothing was changed");
        } catch (org.springframework.dao.DataIntegrityViolationException raced) {
            errors.reject("duplicate", "Another organisation with this name or official code was saved while you were typing. Check the register and try again.");
            return form(model, org, null);
        }
        return "redirect:/organisations/" + id;
    }

    /**
     * The form page. {@code org} is the organisation being changed (null when adding); {@code current}
     * is set after a conflict, to show what it is now and to let the next save go through.
     */
    private String form(Model model, Organisation org, Organisation current) {
        model.addAttribute("organisation", org == null ? null : OrganisationView.of(org));
        model.addAttribute("current", current == null ? null : OrganisationView.of(current));
        model.addAttribute("version", current != null ? current.version : org == null ? null
                : ((OrganisationForm) model.getAttribute("form")).version());
        model.addAttribute("types", Choice.of(OrganisationType.values()));
        model.addAttribute("phases", Choice.of(SchoolPhase.values()));
        model.addAttribute("sectors", Choice.of(Sector.values()));
        model.addAttribute("schemes", Choice.of(CodeScheme.values()));
        model.addAttribute("activeChoices", List.of(new Choice("true", "Yes"),
                new Choice("false", "No", "It has closed or left the partnership; it stays in the register for history")));
        return "partnership/organisation-form";
    }

    private static void reject(BindingResult errors, OrganisationCheck.Result result) {
        for (var p : result.problems()) {
            if (p.field() == null) errors.reject("invalid", p.message());
            else errors.rejectValue(p.field(), "invalid", p.message());
        }
    }

    /** The filters as a query string, without the page, for paging and export links. */
    static String query(OrganisationSearch.Filter filter) {
        var b = UriComponentsBuilder.newInstance();
        if (!filter.q().isEmpty()) b.queryParam("q", filter.q());
        if (filter.type() != null) b.queryParam("type", filter.type().name());
        if (filter.sector() != null) b.queryParam("sector", filter.sector().name());
        if (filter.status() != OrganisationSearch.Filter.Status.ACTIVE) b.queryParam("status", filter.status().name().toLowerCase(java.util.Locale.ROOT));
        String query = b.encode().build().getQuery();
        return query == null ? "" : query;
    }

    private static Integer intOrNull(String s) {
        Long n = FormValues.wholeNumber(s);
        return n == null || n > Integer.MAX_VALUE ? null : n.intValue();
    }

}
