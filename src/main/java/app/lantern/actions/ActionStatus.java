package app.lantern.actions;

import app.lantern.shared.Labelled;

/** Where an action is. Overdue is never a status: it is derived from the due date. */
public enum ActionStatus implements Labelled {
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    COMPLETED("Completed"),
    CLOSED("Closed without completion");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Not started or in progress: still to be done, so it can fall due or be overdue. */
    public boolean open() {
        return this == NOT_STARTED || this == IN_PROGRESS;
    }
}
