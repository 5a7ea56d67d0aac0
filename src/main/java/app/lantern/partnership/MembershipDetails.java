package app.lantern.partnership;

import java.time.LocalDate;

/**
 * A person's membership of a committee.
 *
 * @param organisationId the organisation they represent; null means the person's own organisation
 * @param endDate        last day of membership, or null
 */
public record MembershipDetails(long personId, Long organisationId, MemberRole role, LocalDate startDate, LocalDate endDate) {
}
