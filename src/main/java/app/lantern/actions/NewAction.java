package app.lantern.actions;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An action a source module asks the tracker to raise. The owner organisation and due date are
 * required; the owner person is optional (the organisation's agency lead acts for it).
 */
public record NewAction(SourceReference source, String title, String description, long ownerOrganisationId,
        Long ownerPersonId, LocalDate due) {

    public NewAction {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(due, "due");
        if (title == null || title.isBlank()) throw new IllegalArgumentException("An action needs a title");
    }
}
