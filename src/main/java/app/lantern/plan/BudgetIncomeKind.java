package app.lantern.plan;

import app.lantern.shared.Labelled;

/** Income other than partners' contributions. */
public enum BudgetIncomeKind implements Labelled {
    GRANT("Grant"),
    TRAINING_CHARGES("Training charges"),
    OTHER("Other income");

    private final String label;

    BudgetIncomeKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
