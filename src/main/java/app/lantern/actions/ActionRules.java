package app.lantern.actions;

import java.time.LocalDate;

import app.lantern.shared.Rag;

/**
 * The rules that rate an action. Both are derived, never typed:
 * <ul>
 * <li><b>Overdue</b>: still open (not started or in progress) and its due date is before today.
 * An action due today is not overdue.</li>
 * <li><b>RAG</b>: completed → Blue; closed without completion → Red (it did not happen); open and
 * overdue → Red; not started and due within {@value #AT_RISK_DAYS} days → Amber; otherwise Green.
 * An override (which needs a reason) replaces the derived rating while the action is open;
 * once completed or closed the derived rating applies again.</li>
 * </ul>
 */
public final class ActionRules {

    /** An action not started this close to its due date is at risk. */
    public static final int AT_RISK_DAYS = 30;

    /** How far ahead "due soon" looks, for the digest and the list's filter. */
    public static final int DUE_SOON_DAYS = 30;

    private ActionRules() {
    }

    public static boolean overdue(ActionStatus status, LocalDate due, LocalDate today) {
        return status.open() && due.isBefore(today);
    }

    public static boolean dueSoon(ActionStatus status, LocalDate due, LocalDate today) {
        return status.open() && !due.isBefore(today) && !due.isAfter(today.plusDays(DUE_SOON_DAYS));
    }

    public static Rag derivedRag(ActionStatus status, LocalDate due, LocalDate today) {
        return switch (status) {
            case COMPLETED -> Rag.BLUE;
            case CLOSED -> Rag.RED;
            case NOT_STARTED, IN_PROGRESS -> {
                if (overdue(status, due, today)) yield Rag.RED;
                if (status == ActionStatus.NOT_STARTED && !due.isAfter(today.plusDays(AT_RISK_DAYS))) yield Rag.AMBER;
                yield Rag.GREEN;
            }
        };
    }

    /** The rating shown: the override while the action is open, otherwise the derived one. */
    public static Rag rag(ActionStatus status, LocalDate due, LocalDate today, Rag override) {
        if (override != null && status.open()) return override;
        return derivedRag(status, due, today);
    }
}
