package app.lantern.identity;

import app.lantern.shared.FormValues;
import app.lantern.shared.Role;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** What an administrator types to create or change an account. The password is asked only when creating. */
record UserForm(
        @NotBlank(message = "Enter the person's full name")
        @Size(max = 200, message = "Full name must be 200 characters or less")
        String fullName,
        @NotBlank(message = "Enter an email address")
        @Size(max = 254, message = "Email address must be 254 characters or less")
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "Enter an email address in the correct format, like name@example.org")
        String email,
        @Size(max = 200, message = "Job title must be 200 characters or less")
        String jobTitle,
        String organisationId,
        @NotEmpty(message = "Select at least one role")
        List<String> roles,
        @Size(max = 128, message = "Password must be 128 characters or less")
        String password,
        String version) {

    static UserForm empty() {
        return new UserForm("", "", "", "", List.of(), "", "");
    }

    static UserForm of(UserAdministration.AccountView a) {
        return new UserForm(a.fullName(), a.email(), a.jobTitle(),
                a.organisationId() == null ? "" : a.organisationId().toString(),
                a.roles().stream().map(Role::name).toList(), "", String.valueOf(a.version()));
    }

    /** Form fields are text so that no input can fail binding; these read them. */
    Long organisation() {
        return FormValues.id(organisationId);
    }

    Long expectedVersion() {
        return FormValues.wholeNumber(version);
    }

    java.util.Set<Role> roleSet() {
        var set = java.util.EnumSet.noneOf(Role.class);
        if (roles != null) for (String r : roles) {
            for (Role role : Role.values()) if (role.name().equals(r)) set.add(role);
        }
        return set;
    }
}
