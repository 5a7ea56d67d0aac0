package app.lantern.plan;

import app.lantern.shared.Labelled;

/**
 * Where a business plan is in its life. A draft is edited freely; approval by a safeguarding
 * partner lead fixes it; after that it changes only while a revision is open, and the revised
 * plan is approved again.
 *
 * <pre>
 * DRAFT --approve--> APPROVED --start revision--> REVISING --approve--> APPROVED
 * </pre>
 */
public enum PlanStatus implements Labelled {
    DRAFT("Draft"),
    APPROVED("Approved"),
    REVISING("Being revised");

    private final String label;

    PlanStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Its priorities, objectives and details may be changed: a draft, or an approved plan with a revision open. */
    public boolean editable() {
        return this != APPROVED;
    }

    /** Has been approved at least once, so it is the partnership's plan (even while a revision is open). */
    public boolean everApproved() {
        return this != DRAFT;
    }

    /** The status after a partner lead approves: a draft or a revised plan becomes approved. */
    PlanStatus approve() {
        if (this == APPROVED) throw new IllegalStateException("This plan is already approved; start a revision to change it");
        return APPROVED;
    }

    /** The status once a revision is opened: only an approved plan can be revised. */
    PlanStatus startRevision() {
        return switch (this) {
            case APPROVED -> REVISING;
            case DRAFT -> throw new IllegalStateException("A draft plan is changed directly; it needs no revision");
            case REVISING -> throw new IllegalStateException("A revision of this plan is already open");
        };
    }

    /** GOV.UK tag colour for the status. */
    public String tagClass() {
        return switch (this) {
            case DRAFT -> "govuk-tag govuk-tag--grey";
            case APPROVED -> "govuk-tag govuk-tag--green";
            case REVISING -> "govuk-tag govuk-tag--yellow";
        };
    }
}
