package app.lantern.identity;

import java.util.List;
import java.util.Optional;

/**
 * What identity needs to know about organisations, provided by the module that owns them
 * (partnership). Declared here so that identity does not depend on partnership.
 */
public interface OrganisationDirectory {

    Optional<String> nameOf(long organisationId);

    /** Names of the given organisations, active or not, keyed by id; unknown ids are left out. */
    java.util.Map<Long, String> namesOf(java.util.Collection<Long> organisationIds);

    /** Active organisations to choose from, by name. */
    List<Option> choices();

    record Option(long id, String name) {
    }
}
