package app.lantern.plan;

import app.lantern.shared.Labelled;

/** What the partnership spends its money on, in the headings yearly reports use. */
public enum BudgetCategory implements Labelled {
    STAFFING("Staffing", "The business unit: partnership manager, officers, analysts and administration"),
    SCRUTINY_AND_LAY_MEMBERS("Independent scrutiny and lay members", "The independent scrutineer's fees and lay members' expenses"),
    OPERATING_COSTS("Operating costs", "Office, printing, travel, subscriptions and other running costs"),
    TRAINING_AND_EVENTS("Training and events", "Venues, trainers and materials for multi-agency training and conferences"),
    PRACTICE_DEVELOPMENT("Practice development", "Case reviews, audits and new ways of working, often one-off"),
    WEBSITE_AND_TOOLS("Website and tools", "The website, procedures manual, e-learning and software");

    private final String label;
    private final String hint;

    BudgetCategory(String label, String hint) {
        this.label = label;
        this.hint = hint;
    }

    @Override
    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }
}
