package app.lantern.partnership;

import java.time.LocalDate;

/**
 * What a person enters about a committee; the same for the form and demo data.
 *
 * @param parentId   the committee it reports to, or null
 * @param sharedWith neighbouring areas it is shared with (e.g. a child death overview panel), or null
 * @param endDate    when it closed, or null while it runs
 */
public record CommitteeDetails(String name, CommitteeKind kind, String purpose, Long parentId, String sharedWith,
        LocalDate startDate, LocalDate endDate) {
}
