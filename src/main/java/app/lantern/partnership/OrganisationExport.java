package app.lantern.partnership;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;

import app.lantern.shared.SpreadsheetCells;

/**
 * Writes organisations as CSV or XLSX with the import's columns, so an export imports back
 * unchanged. Every cell goes through {@link SpreadsheetCells#neutralise} so nothing a person typed
 * runs as a formula when the file is opened in a spreadsheet.
 */
final class OrganisationExport {

    private OrganisationExport() {
    }

    static List<String> header() {
        return List.copyOf(OrganisationCsvImport.COLUMNS.keySet());
    }

    /** One organisation's cells, in the header's order, already neutralised. */
    static List<String> cells(OrganisationView o) {
        var cells = new ArrayList<String>();
        cells.add(o.name());
        cells.add(name(o.type()));
        cells.add(name(o.schoolPhase()));
        cells.add(name(o.sector()));
        cells.add(name(o.codeScheme()));
        cells.add(o.officialCode());
        cells.add(o.addressLine1());
        cells.add(o.addressLine2());
        cells.add(o.town());
        cells.add(o.postcode());
        cells.add(o.leadName());
        cells.add(o.leadEmail());
        cells.add(o.leadPhone());
        cells.add(o.active() ? "yes" : "no");
        return cells.stream().map(SpreadsheetCells::neutralise).toList();
    }

    static void writeCsv(Iterable<OrganisationView> organisations, Writer out) throws IOException {
        var format = CSVFormat.RFC4180.builder().setHeader(header().toArray(String[]::new)).get();
        try (var printer = new CSVPrinter(out, format)) {
            for (OrganisationView o : organisations) printer.printRecord(cells(o));
        }
    }

    static void writeXlsx(Iterable<OrganisationView> organisations, OutputStream out) throws IOException {
        var workbook = new Workbook(out, "Lantern", "1.0");
        var sheet = workbook.newWorksheet("Organisations");
        var header = header();
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
            sheet.style(0, c).bold().set();
        }
        int r = 1;
        for (OrganisationView o : organisations) {
            var cells = cells(o);
            for (int c = 0; c < cells.size(); c++) {
                if (!cells.get(c).isEmpty()) sheet.value(r, c, cells.get(c));
            }
            r++;
        }
        sheet.freezePane(0, 1);
        workbook.finish();
    }

    private static String name(Enum<?> e) {
        return e == null ? "" : e.name();
    }
}
