package app.lantern.partnership;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import app.lantern.identity.OrganisationDirectory;

/** Tells identity the organisations people work for. */
@Component
@Transactional(readOnly = true)
class OrganisationDirectoryAdapter implements OrganisationDirectory {

    private final OrganisationRepository organisations;

    OrganisationDirectoryAdapter(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    @Override
    public Optional<String> nameOf(long organisationId) {
        return organisations.findById(organisationId).map(o -> o.name);
    }

    @Override
    public java.util.Map<Long, String> namesOf(java.util.Collection<Long> organisationIds) {
        var names = new java.util.HashMap<Long, String>();
        organisations.findAllById(java.util.Set.copyOf(organisationIds)).forEach(o -> names.put(o.id, o.name));
        return names;
    }

    @Override
    public List<Option> choices() {
        return organisations.findActiveByName().stream().map(o -> new Option(o.id, o.name)).toList();
    }
}
