package app.lantern.partnership;

/** Who runs the organisation. */
public enum Sector implements app.lantern.shared.Labelled {
    PUBLIC("Public"),
    PRIVATE("Private"),
    VOLUNTARY("Voluntary, community and faith");

    private final String label;

    Sector(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
