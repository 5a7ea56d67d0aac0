package app.lantern.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {

    @Test
    void cells_a_spreadsheet_would_run_as_formulas_become_text() {
        assertThat(SpreadsheetCells.neutralise("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(SpreadsheetCells.neutralise("+44 1632 960000")).isEqualTo("'+44 1632 960000");
        assertThat(SpreadsheetCells.neutralise("-1")).isEqualTo("'-1");
        assertThat(SpreadsheetCells.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetCells.neutralise("\tcmd")).isEqualTo("'\tcmd");
    }

    @Test
    void ordinary_text_is_left_alone() {
        assertThat(SpreadsheetCells.neutralise("Ysgol Gymraeg Llanŵ")).isEqualTo("Ysgol Gymraeg Llanŵ");
        assertThat(SpreadsheetCells.neutralise("O'Brien")).isEqualTo("O'Brien");
        assertThat(SpreadsheetCells.neutralise(null)).isEmpty();
    }
}
