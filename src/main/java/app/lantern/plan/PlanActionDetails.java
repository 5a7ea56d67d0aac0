package app.lantern.plan;

import java.time.LocalDate;

/** An action to raise in the tracker against an objective: the owner organisation is required, the owner person optional. */
public record PlanActionDetails(String title, String description, long ownerOrganisationId, Long ownerPersonId, LocalDate due) {
}
