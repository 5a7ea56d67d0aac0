package app.lantern.shared;

/** One option in a select, radios or checkboxes: the submitted value and the label people read. */
public record Choice(String value, String label, String hint) {

    public Choice(String value, String label) {
        this(value, label, null);
    }
}
