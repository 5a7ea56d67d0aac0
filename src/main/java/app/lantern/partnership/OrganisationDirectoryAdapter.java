package app.lantern.partnership;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import app.lantern.identity.OrganisationDirectory;

/**
 * Tells other modules the organisations' names. Many pages ask on every request (the owner list
 * of the action tracker, names in tables), so it reads only ids and names ({@link OrganisationNameQuery}).
 * The list of choices comes from the in-memory register when no transaction is open (ADR 16):
 * with 5,000 organisations, reading and sorting them took 18 ms of every action list.
 */
@Component
class OrganisationDirectoryAdapter implements OrganisationDirectory {

    private final OrganisationNameQuery names;
    private final OrganisationSearch register;

    OrganisationDirectoryAdapter(OrganisationNameQuery names, OrganisationSearch register) {
        this.names = names;
        this.register = register;
    }

    @Override
    public Optional<String> nameOf(long organisationId) {
        return names.nameOf(organisationId);
    }

    @Override
    public Map<Long, String> namesOf(Collection<Long> organisationIds) {
        return names.namesOf(organisationIds);
    }

    /**
     * Active organisations by name. A page (no transaction) gets them from the in-memory
     * register; inside a transaction they are read from the table, so that transaction's own
     * new organisations are among them.
     */
    @Override
    public List<Option> choices() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return register.active().stream().map(o -> new Option(o.id(), o.name())).toList();
        }
        return names.active();
    }
}
