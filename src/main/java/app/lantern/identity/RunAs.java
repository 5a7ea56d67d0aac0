package app.lantern.identity;

import java.util.function.Function;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Does work as a named person, as if they had signed in: how demo data writes history with the
 * right people in the activity log. Only the {@code demo} module may use it (an ArchUnit rule in
 * {@code ArchitectureRulesTest}); tests use it to act as demo people.
 */
@Service
public class RunAs {

    private final SignInService signIn;

    RunAs(SignInService signIn) {
        this.signIn = signIn;
    }

    /** Runs {@code work} signed in as the person with this email, then restores whoever was signed in. */
    public <T> T as(String email, Function<CurrentPerson, T> work) {
        var signedIn = ((SignedInUser) signIn.loadUserByUsername(email)).withoutPassword();
        var context = SecurityContextHolder.getContext();
        var before = context.getAuthentication();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(signedIn, null, signedIn.getAuthorities()));
        try {
            return work.apply(signedIn.asPerson());
        } finally {
            context.setAuthentication(before);
        }
    }

    /** The same, for work that answers nothing. */
    public void run(String email, java.util.function.Consumer<CurrentPerson> work) {
        as(email, person -> {
            work.accept(person);
            return null;
        });
    }
}
