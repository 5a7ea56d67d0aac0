package app.lantern.identity;

import app.lantern.shared.Role;
import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal kept in the (database-backed) session. It carries no password once signed in.
 */
record SignedInUser(long id, String email, String fullName, Long organisationId, String organisationName, Set<Role> roles,
        String password, boolean active, boolean locked) implements UserDetails, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The person signed in on this thread, if any. */
    static java.util.Optional<SignedInUser> fromContext() {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof SignedInUser user ? java.util.Optional.of(user) : java.util.Optional.empty();
    }

    CurrentPerson asPerson() {
        return new CurrentPerson(id, email, fullName, organisationId, roles);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    SignedInUser withoutPassword() {
        return new SignedInUser(id, email, fullName, organisationId, organisationName, roles, null, active, locked);
    }
}
