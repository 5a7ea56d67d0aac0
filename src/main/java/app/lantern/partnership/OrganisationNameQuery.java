package app.lantern.partnership;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.lantern.identity.OrganisationDirectory.Option;

/**
 * Reads only organisations' ids and names, for the many lists that name them. Plain SQL rather
 * than whole organisations through the repository: measured, mapping whole organisations was a
 * sixth of the action list's time.
 */
@Repository
class OrganisationNameQuery {

    private final JdbcClient jdbc;

    OrganisationNameQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> nameOf(long organisationId) {
        return jdbc.sql("SELECT name FROM organisation WHERE id = ?").param(organisationId).query(String.class).optional();
    }

    /** Names of the given organisations, active or not, keyed by id. */
    Map<Long, String> namesOf(Collection<Long> organisationIds) {
        var names = new HashMap<Long, String>();
        if (organisationIds.isEmpty()) return names;
        jdbc.sql("SELECT id, name FROM organisation WHERE id IN (:ids)").param("ids", Set.copyOf(organisationIds))
                .query((rs, n) -> names.put(rs.getLong(1), rs.getString(2))).list();
        return names;
    }

    /** Every organisation's name, active or not, keyed by id. */
    Map<Long, String> allNames() {
        Map<Long, String> names = new HashMap<>();
        jdbc.sql("SELECT id, name FROM organisation").query((rs, n) -> names.put(rs.getLong(1), rs.getString(2))).list();
        return names;
    }

    /** Active organisations, by name. */
    List<Option> active() {
        return jdbc.sql("SELECT id, name FROM organisation WHERE active ORDER BY lower(name)")
                .query((rs, n) -> new Option(rs.getLong(1), rs.getString(2))).list();
    }
}
