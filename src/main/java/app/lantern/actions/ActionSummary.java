package app.lantern.actions;

import java.time.LocalDate;

import app.lantern.shared.Rag;

/** An action as other modules and lists see it, with its derived rating. */
public record ActionSummary(long id, String title, SourceKind sourceKind, String sourceId, String sourceTitle,
        String sourcePath, long ownerOrganisationId, String ownerOrganisationName, Long ownerPersonId, LocalDate due,
        ActionStatus status, Rag rag, boolean overdue, boolean signedOff) {

    /** The reference people quote: A-0042. */
    public String reference() {
        return ActionReference.of(id);
    }

    public String path() {
        return ActionReference.path(id);
    }
}
