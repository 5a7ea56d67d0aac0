package app.lantern.shared;

/** One option in a select, radios or checkboxes: the submitted value and the label people read. */
public record Choice(String value, String label, String hint) {

    public Choice(String value, String label) {
        this(value, label, null);
    }

    /** One choice per enum constant: its name as the value, its label as the text. */
    public static <E extends Enum<E> & Labelled> java.util.List<Choice> of(E[] values) {
        return java.util.Arrays.stream(values).map(e -> new Choice(e.name(), e.label())).toList();
    }
}
