package app.lantern.shared;

/**
 * Reading what a form or a query string sent, where every field is a String so that binding never
 * fails: whole numbers (ids, versions) and enum choices. Each answers null (or a version that can
 * never match) rather than throwing, so the caller decides what a bad value means.
 */
public final class FormValues {

    private FormValues() {
    }

    /** Digits only (up to 18, so it fits a long), surrounding spaces ignored; null otherwise. */
    public static Long wholeNumber(String value) {
        if (value == null) return null;
        String s = value.strip();
        return s.matches("\\d{1,18}") ? Long.valueOf(s) : null;
    }

    /**
     * A choice of record by id (an organisation, a person): null when none was chosen (blank), -1
     * when what was sent is not an id, so it matches no record and reads as an unknown choice.
     */
    public static Long id(String value) {
        if (value == null || value.isBlank()) return null;
        Long v = wholeNumber(value);
        return v == null ? -1L : v;
    }

    /**
     * The version a form was read at, from its hidden field; a missing or mangled one is -1, which
     * never matches a stored version, so it reads as someone else's change.
     */
    public static long version(String value) {
        Long v = wholeNumber(value);
        return v == null ? -1 : v;
    }

    /** The enum constant with exactly this name (surrounding spaces ignored); null when blank or unknown. */
    public static <E extends Enum<E>> E choice(Class<E> type, String value) {
        if (value == null || value.isBlank()) return null;
        for (E e : type.getEnumConstants()) if (e.name().equals(value.strip())) return e;
        return null;
    }
}
