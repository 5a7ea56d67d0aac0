package app.lantern.plan;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import app.lantern.shared.SpreadsheetCells;

/**
 * A year's budget as CSV, one line per row, for the finance team's spreadsheet. Amounts are plain
 * numbers of pounds with two decimals (12000.50) so a spreadsheet adds them up; every text cell goes
 * through {@link SpreadsheetCells#neutralise} so nothing typed runs as a formula.
 */
final class BudgetCsv {

    static final List<String> HEADER = List.of("Financial year", "Section", "Heading", "Description", "Budget or agreed",
            "Actual or received", "Share of agreed contributions (%)");

    private BudgetCsv() {
    }

    static void write(BudgetSheet sheet, Writer out) throws IOException {
        var format = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();
        String year = sheet.year().label();
        try (var printer = new CSVPrinter(out, format)) {
            for (var c : sheet.contributions()) {
                printer.printRecord(cells(year, "Contribution", c.organisation(), "", c.agreed(), c.received(),
                        c.agreedShare().toPlainString()));
            }
            for (var l : sheet.income()) {
                printer.printRecord(cells(year, "Other income", l.headingLabel(), l.description(), l.budgeted(), l.actual(), ""));
            }
            for (var l : sheet.expenditure()) {
                printer.printRecord(cells(year, "Expenditure", l.headingLabel(), l.description(), l.budgeted(), l.actual(), ""));
            }
        }
    }

    private static List<String> cells(String year, String section, String heading, String description, long budget,
            long actual, String share) {
        return List.of(year, section, SpreadsheetCells.neutralise(heading), SpreadsheetCells.neutralise(description),
                pounds(budget), pounds(actual), share);
    }

    /** 1200050 pence as "12000.50". */
    static String pounds(long pence) {
        return BigDecimal.valueOf(pence, 2).toPlainString();
    }
}
