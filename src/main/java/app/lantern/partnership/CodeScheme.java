package app.lantern.partnership;

import java.util.regex.Pattern;

/** Official identifiers an organisation may carry, with the shape each must have. */
public enum CodeScheme implements app.lantern.shared.Labelled {
    URN("Ofsted URN", Pattern.compile("\\d{6,7}"), "an Ofsted URN is 6 or 7 digits, like 123456"),
    ODS("NHS ODS code", Pattern.compile("[A-Z0-9]{3,10}"), "an NHS ODS code is 3 to 10 letters and digits, like RXA or Y01234"),
    OTHER("Other code", Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ./-]{0,19}"), "a code is up to 20 letters, digits, spaces, dots, slashes or hyphens");

    private final String label;
    private final Pattern shape;
    private final String shapeHint;

    CodeScheme(String label, Pattern shape, String shapeHint) {
        this.label = label;
        this.shape = shape;
        this.shapeHint = shapeHint;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean accepts(String code) {
        return code != null && shape.matcher(normalise(code)).matches();
    }

    /** ODS codes are upper case; others are kept as typed, trimmed. */
    public String normalise(String code) {
        String trimmed = code.strip();
        return this == ODS ? trimmed.toUpperCase(java.util.Locale.ROOT) : trimmed;
    }

    public String shapeHint() {
        return shapeHint;
    }
}
