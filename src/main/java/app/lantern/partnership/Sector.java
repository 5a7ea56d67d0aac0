package app.lantern.partnership;

/** Who runs the organisation. */
public enum Sector {
    PUBLIC("Public"),
    PRIVATE("Private"),
    VOLUNTARY("Voluntary, community and faith");

    private final String label;

    Sector(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
