package app.lantern.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Identity's read-only API for other modules: who is asking, and who the people are. */
@Service
@Transactional(readOnly = true)
public class People {

    private final UserRepository users;

    People(UserRepository users) {
        this.users = users;
    }

    /** The signed-in person, if any (the same as {@link Access#current()}). */
    public Optional<CurrentPerson> current() {
        return SignedInUser.fromContext().map(SignedInUser::asPerson);
    }

    /** The signed-in person's organisation name, as it was when they signed in. */
    public Optional<String> currentOrganisationName() {
        return SignedInUser.fromContext().map(SignedInUser::organisationName);
    }

    public Optional<PersonSummary> find(long id) {
        return users.findById(id).map(User::summary);
    }

    public Map<Long, PersonSummary> byIds(Collection<Long> ids) {
        return users.findAllById(ids).stream().map(User::summary)
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
    }

    /** Active people, by name, to choose from. */
    public List<PersonSummary> active() {
        return users.findAllByName().stream().filter(u -> u.active).map(User::summary).toList();
    }

    /** Active people holding the role, by name: e.g. the partner leads a report may name. */
    public List<PersonSummary> withRole(app.lantern.shared.Role role) {
        return users.findAllByName().stream().filter(u -> u.active && u.roleSet().contains(role)).map(User::summary).toList();
    }
}
