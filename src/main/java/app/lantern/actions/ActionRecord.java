package app.lantern.actions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import app.lantern.shared.Rag;

/** An action as stored. Immutable: changes make a copy with {@code with…} and are written with the version it was read at. */
record ActionRecord(long id, String title, String description, SourceKind sourceKind, String sourceId, String sourceTitle,
        String sourcePath, long ownerOrganisationId, Long ownerPersonId, LocalDate due, ActionStatus status, String closedReason,
        LocalDate finishedOn, Rag ragOverride, String ragOverrideReason, OffsetDateTime signedOffAt, Long signedOffBy,
        String impact, OffsetDateTime createdAt, Long createdBy, long version) {

    public Rag rag(LocalDate today) {
        return ActionRules.rag(status, due, today, ragOverride);
    }

    public boolean overdue(LocalDate today) {
        return ActionRules.overdue(status, due, today);
    }

    public boolean signedOff() {
        return signedOffAt != null;
    }

    /** Completed and not yet signed off: the business unit's sign-off is what is left to do. */
    boolean awaitingSignOff() {
        return status == ActionStatus.COMPLETED && !signedOff();
    }

    public String reference() {
        return ActionReference.of(id);
    }

    ActionSummary summary(LocalDate today, Map<Long, String> organisationNames) {
        return new ActionSummary(id, title, sourceKind, sourceId, sourceTitle, sourcePath, ownerOrganisationId,
                organisationNames.getOrDefault(ownerOrganisationId, "Unknown organisation"), ownerPersonId, due, status,
                rag(today), overdue(today), signedOff());
    }

    ActionRecord withDetails(String title, String description, long ownerOrganisationId, Long ownerPersonId, LocalDate due) {
        return new ActionRecord(id, title, description, sourceKind, sourceId, sourceTitle, sourcePath, ownerOrganisationId,
                ownerPersonId, due, status, closedReason, finishedOn, ragOverride, ragOverrideReason, signedOffAt, signedOffBy,
                impact, createdAt, createdBy, version);
    }

    ActionRecord withStatus(ActionStatus status, String closedReason, LocalDate finishedOn) {
        return new ActionRecord(id, title, description, sourceKind, sourceId, sourceTitle, sourcePath, ownerOrganisationId,
                ownerPersonId, due, status, closedReason, finishedOn, ragOverride, ragOverrideReason, null, null, null,
                createdAt, createdBy, version);
    }

    /**
     * The action after an owner's progress update. A new status starts afresh: finishing sets the
     * day it finished, and any earlier sign-off no longer stands. The same status changes nothing.
     */
    ActionRecord withProgress(ActionStatus newStatus, String update, LocalDate today) {
        if (newStatus == status) return this;
        return withStatus(newStatus, newStatus == ActionStatus.CLOSED ? update : null, newStatus.open() ? null : today);
    }

    ActionRecord withOverride(Rag override, String reason) {
        return new ActionRecord(id, title, description, sourceKind, sourceId, sourceTitle, sourcePath, ownerOrganisationId,
                ownerPersonId, due, status, closedReason, finishedOn, override, reason, signedOffAt, signedOffBy, impact,
                createdAt, createdBy, version);
    }

    ActionRecord withSignOff(OffsetDateTime at, long by, String impact) {
        return new ActionRecord(id, title, description, sourceKind, sourceId, sourceTitle, sourcePath, ownerOrganisationId,
                ownerPersonId, due, status, closedReason, finishedOn, ragOverride, ragOverrideReason, at, by, impact, createdAt,
                createdBy, version);
    }
}
