package app.lantern.shared;

/**
 * A red, amber, green (and blue for done) rating, as partnerships rate actions and priorities.
 * The words matter more than the colour: pages always print the label, never the colour alone.
 */
public enum Rag implements Labelled {
    RED("Red", "Overdue or off track", "red"),
    AMBER("Amber", "At risk", "orange"),
    GREEN("Green", "On track", "green"),
    BLUE("Blue", "Complete", "blue");

    private final String label;
    private final String meaning;
    private final String tagColour;

    Rag(String label, String meaning, String tagColour) {
        this.label = label;
        this.meaning = meaning;
        this.tagColour = tagColour;
    }

    @Override
    public String label() {
        return label;
    }

    /** What the rating means, e.g. "Overdue or off track". */
    public String meaning() {
        return meaning;
    }

    /** The GOV.UK tag that shows it, e.g. {@code govuk-tag govuk-tag--orange} for amber; the tag's text is the label. */
    public String cssClass() {
        return "govuk-tag govuk-tag--" + tagColour;
    }
}
