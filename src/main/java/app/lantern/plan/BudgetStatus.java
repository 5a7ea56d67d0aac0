package app.lantern.plan;

import app.lantern.shared.Labelled;

/**
 * Whether the safeguarding partners have agreed a year's budget. Agreeing it does not freeze it:
 * what is received and spent is recorded against it through the year.
 */
public enum BudgetStatus implements Labelled {
    DRAFT("Draft"),
    AGREED("Agreed");

    private final String label;

    BudgetStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
