package app.lantern.shared;

/**
 * Makes text safe to put in a CSV or XLSX cell that someone will open in a spreadsheet program.
 * A cell starting with {@code = + - @}, a tab or a carriage return can be run as a formula
 * (CSV injection, OWASP), so such a cell gets a leading apostrophe, which spreadsheets show as text.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) return value == null ? "" : value;
        char first = value.charAt(0);
        return switch (first) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }
}
