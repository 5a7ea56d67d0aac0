package app.lantern.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;

/** What someone who opens an export in a spreadsheet sees. */
class OrganisationExportTest {

    @Test
    void cells_that_a_spreadsheet_would_run_as_formulas_get_a_leading_apostrophe() {
        var cells = OrganisationExport.cells(organisation("=HYPERLINK(\"http://evil\")", "+44 1632 960000", "-x", "@sum"));
        assertThat(cells.get(0)).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(cells.get(6)).isEqualTo("'-x");
        assertThat(cells.get(8)).isEqualTo("'@sum");
        assertThat(cells.get(12)).isEqualTo("'+44 1632 960000");
    }

    @Test
    void ordinary_text_is_left_alone() {
        var cells = OrganisationExport.cells(organisation("O'Brien Tŷ Gwŵr 儿童", "01632 960000", "1 High St", "Eastmere"));
        assertThat(cells.get(0)).isEqualTo("O'Brien Tŷ Gwŵr 儿童");
        assertThat(cells.get(12)).isEqualTo("01632 960000");
    }

    @Test
    void csv_has_the_import_header_and_one_line_per_organisation() throws Exception {
        var out = new StringWriter();
        OrganisationExport.writeCsv(List.of(organisation("=cmd()", "1", "a", "b")), out);
        var lines = out.toString().split("\r\n");
        assertThat(lines[0]).isEqualTo(OrganisationCsvImportTest.HEADER);
        assertThat(lines[1]).startsWith("'=cmd(),CHARITY,,VOLUNTARY,");
        assertThat(lines[1]).endsWith(",yes");
    }

    @Test
    void xlsx_cells_are_neutralised_too() throws Exception {
        var bytes = new ByteArrayOutputStream();
        OrganisationExport.writeXlsx(List.of(organisation("=cmd()", "+1", "a", "b")), bytes);
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            var rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("name");
            assertThat(rows.get(1).getCellText(0)).isEqualTo("'=cmd()");
            assertThat(rows.get(1).getCellText(12)).isEqualTo("'+1");
        }
    }

    private static OrganisationView organisation(String name, String phone, String address, String town) {
        var o = new Organisation();
        o.id = 1L;
        OrganisationService.apply(o, new OrganisationDetails(name, OrganisationType.CHARITY, null, Sector.VOLUNTARY, null, null,
                address, null, town, null, null, null, phone, true));
        return OrganisationView.of(o);
    }
}
