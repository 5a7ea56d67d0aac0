package app.lantern.partnership;

/** Phase of education, recorded for schools only. */
public enum SchoolPhase implements app.lantern.shared.Labelled {
    NURSERY("Nursery"),
    PRIMARY("Primary"),
    SECONDARY("Secondary"),
    ALL_THROUGH("All-through"),
    SPECIAL("Special"),
    ALTERNATIVE_PROVISION("Alternative provision");

    private final String label;

    SchoolPhase(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
