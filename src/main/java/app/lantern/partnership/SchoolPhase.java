package app.lantern.partnership;

/** Phase of education, recorded for schools only. */
public enum SchoolPhase {
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

    public String label() {
        return label;
    }
}
