package app.lantern.calendar;

/** Reads an enum constant's name as submitted by a form; null when blank or unknown. */
final class Enums {

    private Enums() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) return null;
        for (E e : type.getEnumConstants()) if (e.name().equals(value.strip())) return e;
        return null;
    }
}
