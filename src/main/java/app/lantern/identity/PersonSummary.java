package app.lantern.identity;

/** A person as other modules list them, e.g. when choosing a committee member. */
public record PersonSummary(long id, String fullName, String email, String jobTitle, Long organisationId, boolean active) {
}
