package app.lantern.partnership;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an import file and checks every row with the same rules as the form, without touching
 * the database: what is already in the register comes in as a {@link OrganisationCheck.Register}.
 * The file is all or nothing, so the first thing it reports is every problem in every row.
 */
final class OrganisationCsvImport {

    static final long MAX_BYTES = 5L * 1024 * 1024;
    static final int MAX_ROWS = 5_000;

    /** The import's columns, in the order export writes them; each maps to a form field. */
    static final Map<String, String> COLUMNS;
    static {
        var columns = new LinkedHashMap<String, String>();
        for (String field : OrganisationCheck.FIELDS) columns.put(column(field), field);
        COLUMNS = java.util.Collections.unmodifiableMap(columns);
    }

    /** One data row, numbered as a spreadsheet shows it (the header is row 1). */
    record Row(int number, OrganisationDetails details, Long matchedId) {
    }

    /** A problem in one row; column is null when it is about the whole row. */
    record RowProblem(int row, String column, String message) {
        public String describe() {
            return "Row " + row + (column == null ? "" : ", column " + column) + ": " + message;
        }
    }

    /** Either a problem with the whole file, or the rows and every problem found in them. */
    record Outcome(String fileProblem, List<Row> rows, List<RowProblem> problems) {
        boolean ok() {
            return fileProblem == null && problems.isEmpty();
        }
    }

    private final OrganisationCheck check;

    OrganisationCsvImport(OrganisationCheck check) {
        this.check = check;
    }

    Outcome read(byte[] bytes, OrganisationCheck.Register register) {
        if (bytes == null || bytes.length == 0) return fileProblem("The selected file is empty");
        if (bytes.length > MAX_BYTES) return fileProblem("The selected file must be smaller than 5 MB");
        for (byte b : bytes) {
            if (b == 0) return fileProblem("The selected file must be a CSV file: this one contains binary data");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return fileProblem("The selected file must be saved as CSV UTF-8: it is in another encoding");
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (text.isBlank()) return fileProblem("The selected file is empty");

        List<CSVRecord> records;
        try (var parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
            records = parser.getRecords();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return fileProblem("The selected file could not be read as CSV: check that every quote (\") is closed");
        }
        if (records.isEmpty()) return fileProblem("The selected file is empty");

        var header = records.getFirst();
        var positions = new HashMap<String, Integer>();
        var unknown = new ArrayList<String>();
        var repeated = new ArrayList<String>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (i == 0 && name.startsWith("\uFEFF")) name = name.substring(1);
            if (name.isEmpty() && i == header.size() - 1 && i > 0) continue; // trailing comma
            if (!COLUMNS.containsKey(name)) unknown.add(header.get(i).strip());
            else if (positions.putIfAbsent(name, i) != null) repeated.add(name);
        }
        if (!repeated.isEmpty()) return fileProblem("The header row has the column " + String.join(", ", repeated) + " more than once");
        if (!unknown.isEmpty()) {
            return fileProblem("The header row has columns Lantern does not know: " + String.join(", ", unknown)
                    + ". The columns are: " + String.join(",", COLUMNS.keySet()));
        }
        var missing = COLUMNS.keySet().stream().filter(c -> !positions.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            return fileProblem("The header row is missing the column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                    + ". The first row must name the columns: " + String.join(",", COLUMNS.keySet()));
        }

        var data = records.subList(1, records.size()).stream().filter(r -> !emptyRecord(r)).toList();
        if (data.isEmpty()) return fileProblem("The selected file has a header row but no organisations");
        if (data.size() > MAX_ROWS) {
            return fileProblem(String.format(Locale.UK, "The file has %,d rows. Lantern imports up to %,d at a time; split the file",
                    data.size(), MAX_ROWS));
        }

        var rows = new ArrayList<Row>();
        var problems = new ArrayList<RowProblem>();
        var namesSeen = new HashMap<String, Integer>();
        var codesSeen = new HashMap<String, Integer>();
        for (CSVRecord record : data) {
            int rowNumber = (int) record.getRecordNumber();
            if (record.size() > header.size() && !trailingEmpty(record, header.size())) {
                problems.add(new RowProblem(rowNumber, null, "The row has " + record.size() + " values but the header has "
                        + header.size() + " columns"));
                continue;
            }
            var values = new HashMap<String, String>();
            positions.forEach((col, i) -> values.put(COLUMNS.get(col), i < record.size() ? unneutralise(record.get(i)) : ""));
            var form = new OrganisationForm(values.get("name"), values.get("type"), values.get("schoolPhase"),
                    values.get("sector"), values.get("codeScheme"), values.get("officialCode"), values.get("addressLine1"),
                    values.get("addressLine2"), values.get("town"), values.get("postcode"), values.get("leadName"),
                    values.get("leadEmail"), values.get("leadPhone"), values.get("active"), null);

            Long matched = match(form, register);
            var result = check.check(form, register, matched);
            for (var p : result.problems()) problems.add(new RowProblem(rowNumber, p.field() == null ? null : column(p.field()), p.message()));
            if (!result.ok()) continue;

            var d = result.details();
            Integer earlier = namesSeen.putIfAbsent(d.name().strip().toLowerCase(Locale.ROOT), rowNumber);
            if (earlier != null) {
                problems.add(new RowProblem(rowNumber, "name", "The name " + d.name().strip() + " is also on row " + earlier));
            }
            if (d.codeScheme() != null) {
                String code = d.codeScheme().normalise(d.officialCode());
                earlier = codesSeen.putIfAbsent(d.codeScheme() + " " + code.toUpperCase(Locale.ROOT), rowNumber);
                if (earlier != null) {
                    problems.add(new RowProblem(rowNumber, "official_code", "The " + d.codeScheme().label() + " " + code
                            + " is also on row " + earlier));
                }
            }
            rows.add(new Row(rowNumber, d, matched));
        }
        return new Outcome(null, List.copyOf(rows), List.copyOf(problems));
    }

    /** A row is about an existing organisation if its code is known, or, with no code, its name. */
    private static Long match(OrganisationForm form, OrganisationCheck.Register register) {
        if (!OrganisationCheck.blank(form.officialCode())) {
            var scheme = OrganisationCheck.parse(CodeScheme.class, form.codeScheme(), new ArrayList<>(), "", "");
            if (scheme == null) return null;
            return register.idByCode(scheme, scheme.normalise(form.officialCode())).orElse(null);
        }
        return OrganisationCheck.blank(form.name()) ? null : register.idByName(form.name().strip()).orElse(null);
    }

    /** Export puts an apostrophe before a cell that a spreadsheet would run as a formula; take it off again. */
    static String unneutralise(String cell) {
        if (cell.length() >= 2 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0) return cell.substring(1);
        return cell;
    }

    /** The file's column name for a form field: addressLine1 → address_line1. */
    static String column(String field) {
        return field.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
    }

    private static boolean emptyRecord(CSVRecord record) {
        for (String v : record) if (!v.isBlank()) return false;
        return true;
    }

    private static boolean trailingEmpty(CSVRecord record, int from) {
        for (int i = from; i < record.size(); i++) if (!record.get(i).isBlank()) return false;
        return true;
    }

    private static Outcome fileProblem(String message) {
        return new Outcome(message, List.of(), List.of());
    }
}
