package app.lantern.identity;

import java.util.List;
import java.util.Optional;

/**
 * What identity needs to know about organisations, provided by the module that owns them
 * (partnership). Declared here so that identity does not depend on partnership.
 */
public interface OrganisationDirectory {

    Optional<String> nameOf(long organisationId);

    /** Active organisations to choose from, by name. */
    List<Option> choices();

    record Option(long id, String name) {
    }
}
