package app.lantern.partnership;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.dao.DuplicateKeyException;
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
import app.lantern.identity.People;
import app.lantern.shared.Choice;
import app.lantern.shared.EditConflicts;
import app.lantern.shared.FormValues;
import app.lantern.shared.FormErrors;
import app.lantern.shared.RecordNotFoundException;
import app.lantern.shared.ReportingYear;
import app.lantern.shared.Rule;
import jakarta.validation.Valid;

/** Committees: the list, a committee's page, adding and changing committees and their members. */
@Controller
class CommitteeController {

    /** Setting up committees and their members; the service checks the same rule for every way in. */

    private final CommitteeService committees;
    private final CommitteeStore store;
    private final OrganisationNameQuery organisations;
    private final CommitteeAccess access;
    private final AttendanceService attendance;
    private final People people;
    private final Clock clock;

    CommitteeController(CommitteeService committees, CommitteeStore store, OrganisationNameQuery organisations,
            CommitteeAccess access, AttendanceService attendance, People people, Clock clock) {
        this.committees = committees;
        this.store = store;
        this.organisations = organisations;
        this.access = access;
        this.attendance = attendance;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping("/committees")
    @PreAuthorize(Rule.Allowed.SIGNED_IN)
    String list(CurrentPerson me, Model model) {
        model.addAttribute("committees", committees.committeeRows());
        model.addAttribute("mayManage", me.passes(Rule.RUNS_PARTNERSHIP));
        return "partnership/committees";
    }

    @GetMapping("/committees/{id}")
    @PreAuthorize(Rule.Allowed.SIGNED_IN)
    String show(@PathVariable long id, CurrentPerson me, Model model) {
        var page = committees.committeePage(id);
        var year = ReportingYear.current(clock);
        model.addAttribute("page", page);
        model.addAttribute("year", year);
        model.addAttribute("rates", attendance.attendanceFor(year).committees().stream()
                .filter(c -> c.committeeId() == id).findFirst().orElse(null));
        model.addAttribute("mayManage", me.passes(Rule.RUNS_PARTNERSHIP));
        model.addAttribute("mayRunMeetings", access.mayRunMeetings(me, id));
        return "partnership/committee";
    }

    @GetMapping("/committees/new")
    @PreAuthorize(Rule.Allowed.RUNS_PARTNERSHIP)
    String newForm(Model model) {
        return form(model, CommitteeForm.empty(), null);
    }

    @PostMapping("/committees/new")
    @PreAuthorize(Rule.Allowed.RUNS_PARTNERSHIP)
    String create(@Valid @ModelAttribute("form") CommitteeForm form, BindingResult errors, CurrentPerson me, Model model,
            RedirectAttributes redirect) {
        var details = form.details(errors);
        if (details != null && committees.nameTaken(details.name(), null)) {
            errors.rejectValue("name", "taken", "A committee with this name already exists");
        }
        if (errors.hasErrors()) return form(model, form, null);
        try {
            long id = committees.create(details, me);
            redirect.addFlashAttribute("success", "Committee added");
            return "redirect:/committees/" + id;
        } catch (CommitteeService.DuplicateName | DuplicateKeyException e) {
            errors.rejectValue("name", "taken", "A committee with this name already exists");
        } catch (IllegalArgumentException e) {
            errors.rejectValue("parentId", "parent", e.getMessage());
        }
        return form(model, form, null);
    }

    @GetMapping("/committees/{id}/edit")
    @PreAuthorize(Rule.Allowed.RUNS_PARTNERSHIP)
    String editForm(@PathVariable long id, Model model) {
        var committee = store.committee(id).orElseThrow(RecordNotFoundException::new);
        return form(model, CommitteeForm.of(committee), id);
    }

    @PostMapping("/committees/{id}/edit")
    @PreAuthorize(Rule.Allowed.RUNS_PARTNERSHIP)
    String update(@PathVariable long id, @Valid @ModelAttribute("form") CommitteeForm form, BindingResult errors,
            CurrentPerson me, Model model, RedirectAttributes redirect) {
        var current = store.committee(id).orElseThrow(RecordNotFoundException::new);
        var details = form.details(errors);
        Long version = FormValues.wholeNumber(form.version());
        if (version == null) errors.reject("version", "The form was incomplete. Open the committee again and make your change");
        if (details != null && committees.nameTaken(details.name(), id)) {
            errors.rejectValue("name", "taken", "Another committee already has this name");
        }
        if (errors.hasErrors()) return form(model, form, id);
        try {
            if (EditConflicts.saved(errors, () -> committees.update(id, version, details, me))) {
                redirect.addFlashAttribute("success", "Committee updated");
                return "redirect:/committees/" + id;
            }
            var latest = store.committee(id).orElse(current);
            return form(model, FormErrors.keep(model, form.withVersion(latest.version()), errors), id);
        } catch (CommitteeService.DuplicateName | DuplicateKeyException e) {
            errors.rejectValue("name", "taken", "Another committee already has this name");
        } catch (IllegalArgumentException e) {
            errors.rejectValue("parentId", "parent", e.getMessage());
        }
        return form(model, form, id);
    }

    @GetMapping("/committees/{id}/members/new")
    @PreAuthorize(Rule.Allowed.RUNS_PARTNERSHIP)
    String newMember(@PathVariable long id, Model model) {
        store.committee(id).orElseThrow(RecordNotFoundException::new);
        return memberForm(model, MemberForm.startingOn(LocalDate.now(clock)), id);
    }

    @PostMapping("/committees/{id}/members/new")
    @PreAuthorize(Rule.Allowed.RUNS_PARTNERSHIP)
    String addMember(@PathVariable long id, @Valid @ModelAttribute("form") MemberForm form, BindingResult errors,
            CurrentPerson me, Model model, RedirectAttributes redirect) {
        store.committee(id).orElseThrow(RecordNotFoundException::new);
        var details = form.details(errors);
        if (details != null) {
            var person = people.find(details.personId()).filter(p -> p.active());
            if (person.isEmpty()) {
                errors.rejectValue("personId", "unknown", "Select a person from the list");
            } else if (details.organisationId() == null && person.get().organisationId() == null) {
                errors.rejectValue("organisationId", "required", "Select the organisation they represent: they have no organisation of their own");
            } else if (details.organisationId() != null && organisations.nameOf(details.organisationId()).isEmpty()) {
                errors.rejectValue("organisationId", "unknown", "Select an organisation from the list");
            }
        }
        if (errors.hasErrors()) return memberForm(model, form, id);
        try {
            committees.addMember(id, details, me);
        } catch (IllegalArgumentException e) {
            errors.reject("member", e.getMessage());
            return memberForm(model, form, id);
        }
        redirect.addFlashAttribute("success", "Member added");
        return "redirect:/committees/" + id;
    }

    /** Ending a membership is asked twice: it removes the person from the next meetings' attendance. */
    @GetMapping("/committees/{id}/members/{memberId}/end")
    @PreAuthorize(Rule.Allowed.RUNS_PARTNERSHIP)
    String confirmEndMembership(@PathVariable long id, @PathVariable long memberId, Model model) {
        var page = committees.committeePage(id);
        model.addAttribute("committee", page.committee());
        model.addAttribute("member", currentMember(page, memberId));
        return "partnership/end-membership";
    }

    @PostMapping("/committees/{id}/members/{memberId}/end")
    @PreAuthorize(Rule.Allowed.RUNS_PARTNERSHIP)
    String endMembership(@PathVariable long id, @PathVariable long memberId, CurrentPerson me, RedirectAttributes redirect) {
        var member = currentMember(committees.committeePage(id), memberId);
        committees.endMembership(id, memberId, LocalDate.now(clock), me);
        redirect.addFlashAttribute("success", member.personName() + "’s membership ended today");
        return "redirect:/committees/" + id;
    }

    private static CommitteeViews.MemberView currentMember(CommitteeViews.CommitteePage page, long memberId) {
        return page.currentMembers().stream().filter(m -> m.id() == memberId).findFirst()
                .orElseThrow(RecordNotFoundException::new);
    }

    private String form(Model model, CommitteeForm form, Long id) {
        model.addAttribute("form", form);
        model.addAttribute("committeeId", id);
        model.addAttribute("kindChoices", Choice.of(CommitteeKind.values()));
        model.addAttribute("parentChoices", store.allCommittees().stream()
                .filter(c -> id == null || c.id() != id)
                .map(c -> new Choice(String.valueOf(c.id()), c.name())).toList());
        return "partnership/committee-form";
    }

    private String memberForm(Model model, MemberForm form, long committeeId) {
        model.addAttribute("form", form);
        model.addAttribute("committee", store.committee(committeeId).orElseThrow());
        model.addAttribute("personChoices", people.active().stream()
                .map(p -> new Choice(String.valueOf(p.id()), p.fullName() + (p.jobTitle() == null ? "" : ", " + p.jobTitle())))
                .toList());
        model.addAttribute("organisationChoices", organisations.active().stream()
                .map(o -> new Choice(String.valueOf(o.id()), o.name())).toList());
        model.addAttribute("roleChoices", Choice.of(MemberRole.values()));
        return "partnership/member-form";
    }
}
