package app.lantern.shared;

/**
 * A red, amber, green (and blue for done) rating, as partnerships rate actions and priorities.
 * The words matter more than the colour: pages always print the label, never the colour alone.
 */
public enum Rag implements Labelled {
    RED("Red", "Overdue or off track"),
    AMBER("Amber", "At risk"),
    GREEN("Green", "On track"),
    BLUE("Blue", "Complete");

    private final String label;
    private final String meaning;

    Rag(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    @Override
    public String label() {
        return label;
    }

    /** What the rating means, e.g. "Overdue or off track". */
    public String meaning() {
        return meaning;
    }

    /** The CSS modifier Lantern's tags use: {@code lantern-rag--red}. */
    public String cssClass() {
        return "lantern-rag lantern-rag--" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
