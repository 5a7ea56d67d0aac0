package app.lantern.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

import app.lantern.shared.Choice;
import app.lantern.shared.EditConflicts;
import app.lantern.shared.FormValues;
import app.lantern.shared.RecordNotFoundException;
import app.lantern.shared.Role;
import app.lantern.shared.Rule;
import jakarta.validation.Valid;

/** Administrators create accounts, set organisation and roles, and deactivate them. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private final UserAdministration accounts;
    private final OrganisationDirectory organisations;

    UserAdminController(UserAdministration accounts, OrganisationDirectory organisations) {
        this.accounts = accounts;
        this.organisations = organisations;
    }

    @GetMapping
    @PreAuthorize(Rule.Allowed.ADMINISTERS)
    String list(Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("organisationNames", organisationNames());
        return "identity/users";
    }

    @GetMapping("/{id}")
    @PreAuthorize(Rule.Allowed.ADMINISTERS)
    String show(@PathVariable long id, Model model) {
        var account = accounts.find(id).orElseThrow(RecordNotFoundException::new);
        model.addAttribute("account", account);
        model.addAttribute("organisationName", account.organisationId() == null ? null
                : organisations.nameOf(account.organisationId()).orElse(null));
        return "identity/user";
    }

    @GetMapping("/new")
    @PreAuthorize(Rule.Allowed.ADMINISTERS)
    String newForm(Model model) {
        return form(model, UserForm.empty(), null);
    }

    @PostMapping("/new")
    @PreAuthorize(Rule.Allowed.ADMINISTERS)
    String create(@Valid @ModelAttribute("form") UserForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        checkOrganisation(form, errors);
        String password = form.password() == null ? "" : form.password();
        if (password.length() < UserAdministration.MIN_PASSWORD_LENGTH) {
            errors.rejectValue("password", "short", "Enter a password of at least " + UserAdministration.MIN_PASSWORD_LENGTH + " characters");
        }
        if (errors.hasErrors()) return form(model, form, null);
        try {
            long id = accounts.create(details(form), password);
            redirect.addFlashAttribute("success", "Account created for " + form.fullName().strip());
            return "redirect:/admin/users/" + id;
        } catch (UserAdministration.EmailAlreadyUsed e) {
            errors.rejectValue("email", "taken", "An account with this email address already exists");
            return form(model, form, null);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(Rule.Allowed.ADMINISTERS)
    String editForm(@PathVariable long id, Model model) {
        var account = accounts.find(id).orElseThrow(RecordNotFoundException::new);
        return form(model, UserForm.of(account), id);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize(Rule.Allowed.ADMINISTERS)
    String update(@PathVariable long id, @Valid @ModelAttribute("form") UserForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        accounts.find(id).orElseThrow(RecordNotFoundException::new);
        checkOrganisation(form, errors);
        if (form.expectedVersion() == null || form.expectedVersion() < 0) errors.reject("version", "The form was incomplete. Open the account again and make your change");
        if (errors.hasErrors()) return form(model, form, id);
        try {
            if (!EditConflicts.saved(errors, () -> accounts.update(id, form.expectedVersion(), details(form)))) {
                model.addAttribute("latest", accounts.find(id).orElse(null));
                return form(model, form, id);
            }
        } catch (UserAdministration.EmailAlreadyUsed e) {
            errors.rejectValue("email", "taken", "Another account already uses this email address");
            return form(model, form, id);
        }
        redirect.addFlashAttribute("success", "Account updated");
        return "redirect:/admin/users/" + id;
    }

    /** Lantern sends no email yet, so an administrator sets a temporary password and passes it on. */
    @GetMapping("/{id}/password")
    @PreAuthorize(Rule.Allowed.ADMINISTERS)
    String passwordForm(@PathVariable long id, Model model) {
        model.addAttribute("account", accounts.find(id).orElseThrow(RecordNotFoundException::new));
        return "identity/password";
    }

    @PostMapping("/{id}/password")
    @PreAuthorize(Rule.Allowed.ADMINISTERS)
    String setPassword(@PathVariable long id, @RequestParam(required = false) String password,
            @RequestParam(required = false) String version, Model model, RedirectAttributes redirect) {
        var account = accounts.find(id).orElseThrow(RecordNotFoundException::new);
        String problem = password == null || password.length() < UserAdministration.MIN_PASSWORD_LENGTH
                ? "Enter a password of at least " + UserAdministration.MIN_PASSWORD_LENGTH + " characters"
                : password.length() > 128 ? "Password must be 128 characters or less" : null;
        if (problem == null) {
            if (EditConflicts.saved(redirect, () -> accounts.setPassword(id, FormValues.version(version), password))) {
                redirect.addFlashAttribute("success", "New password set. The account is unlocked; give the password to "
                        + account.fullName() + " securely");
                return "redirect:/admin/users/" + id;
            }
            // The conflict is shown on the password form again (flash attribute "problem").
            return "redirect:/admin/users/" + id + "/password";
        }
        model.addAttribute("account", accounts.find(id).orElseThrow());
        model.addAttribute("problem", problem);
        return "identity/password";
    }

    /** Deactivating signs the person out everywhere, so it is asked twice. */
    @GetMapping("/{id}/deactivate")
    @PreAuthorize(Rule.Allowed.ADMINISTERS)
    String confirmDeactivate(@PathVariable long id, Model model) {
        model.addAttribute("account", accounts.find(id).orElseThrow(RecordNotFoundException::new));
        return "identity/deactivate";
    }

    @PostMapping("/{id}/active")
    @PreAuthorize(Rule.Allowed.ADMINISTERS)
    String setActive(@PathVariable long id, @RequestParam boolean active, @RequestParam long version, CurrentPerson me,
            RedirectAttributes redirect) {
        accounts.find(id).orElseThrow(RecordNotFoundException::new);
        if (!active && me.id() == id) {
            redirect.addFlashAttribute("problem", "You cannot deactivate your own account");
            return "redirect:/admin/users/" + id;
        }
        if (EditConflicts.saved(redirect, () -> accounts.setActive(id, version, active))) {
            redirect.addFlashAttribute("success", active ? "Account reactivated" : "Account deactivated: the person has been signed out and can no longer sign in");
        }
        return "redirect:/admin/users/" + id;
    }

    private String form(Model model, UserForm form, Long id) {
        model.addAttribute("form", form);
        model.addAttribute("accountId", id);
        model.addAttribute("organisationChoices", organisations.choices().stream()
                .map(o -> new Choice(String.valueOf(o.id()), o.name())).toList());
        model.addAttribute("roleChoices", Arrays.stream(Role.values())
                .map(r -> new Choice(r.name(), r.label(), r.description())).toList());
        return "identity/user-form";
    }

    private void checkOrganisation(UserForm form, BindingResult errors) {
        if (form.organisation() != null && (form.organisation() < 0 || organisations.nameOf(form.organisation()).isEmpty())) {
            errors.rejectValue("organisationId", "unknown", "Select an organisation from the list");
        }
    }

    private static UserAdministration.AccountDetails details(UserForm form) {
        return new UserAdministration.AccountDetails(form.email(), form.fullName(), form.jobTitle(), form.organisation(),
                form.roleSet());
    }

    private Map<Long, String> organisationNames() {
        List<OrganisationDirectory.Option> all = organisations.choices();
        return all.stream().collect(Collectors.toMap(OrganisationDirectory.Option::id, OrganisationDirectory.Option::name,
                (a, b) -> a));
    }
}
