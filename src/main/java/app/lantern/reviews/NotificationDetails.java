package app.lantern.reviews;

import java.time.LocalDate;
import java.util.List;

/**
 * What is recorded about a serious incident notification: the child (pseudonymised), the
 * incident, the criteria, the agencies involved and when the panel was told.
 *
 * @param dateOfBirth   the child's date of birth, or null when {@code ageYears} is given instead
 * @param ageYears      the child's age in years, or null when the date of birth is given
 * @param agencyIds     the organisations involved with the child
 * @param notifiedDate  when the national panel was notified; null until then
 */
public record NotificationDetails(String childReference, String childInitials, LocalDate dateOfBirth, Integer ageYears,
        IncidentSex sex, IncidentEthnicity ethnicity, LocalDate incidentDate, LocalDate awareDate, IncidentHarm harm,
        IncidentAbuse abuse, boolean lookedAfter, List<Long> agencyIds, LocalDate notifiedDate, String summary) {

    public NotificationDetails {
        agencyIds = agencyIds == null ? List.of() : List.copyOf(agencyIds);
    }

    /** Both criteria met: the child died or was seriously harmed, and abuse or neglect is known or suspected. */
    public boolean notifiable() {
        return harm != IncidentHarm.NEITHER && abuse != IncidentAbuse.NEITHER;
    }
}
