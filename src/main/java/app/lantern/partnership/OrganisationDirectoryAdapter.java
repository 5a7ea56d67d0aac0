package app.lantern.partnership;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import app.lantern.identity.OrganisationDirectory;

/**
 * Tells other modules the organisations' names. Many pages ask on every request (the owner list
 * of the action tracker, names in tables), so it reads only ids and names in plain SQL rather
 * than whole organisations through the repository: measured, mapping whole organisations was a
 * sixth of the action list's time. The list of choices comes from the in-memory register when
 * no transaction is open (ADR 16): with 5,000 organisations, reading and sorting them took
 * 18 ms of every action list.
 */
@Component
class OrganisationDirectoryAdapter implements OrganisationDirectory {

    private final JdbcClient jdbc;
    private final OrganisationSearch register;

    OrganisationDirectoryAdapter(JdbcClient jdbc, OrganisationSearch register) {
        this.jdbc = jdbc;
        this.register = register;
    }

    @Override
    public Optional<String> nameOf(long organisationId) {
        return jdbc.sql("SELECT name FROM organisation WHERE id = ?").param(organisationId).query(String.class).optional();
    }

    @Override
    public Map<Long, String> namesOf(Collection<Long> organisationIds) {
        var names = new HashMap<Long, String>();
        if (organisationIds.isEmpty()) return names;
        jdbc.sql("SELECT id, name FROM organisation WHERE id IN (:ids)").param("ids", Set.copyOf(organisationIds))
                .query((rs, n) -> names.put(rs.getLong(1), rs.getString(2))).list();
        return names;
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
        return jdbc.sql("SELECT id, name FROM organisation WHERE active ORDER BY lower(name)")
                .query((rs, n) -> new Option(rs.getLong(1), rs.getString(2))).list();
    }
}
