package app.lantern.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GovukStylesheetTest {

    @Test
    void gds_transport_is_replaced_by_arial_and_its_font_files_are_never_requested() throws Exception {
        String css = new GovukStylesheet().stylesheet().getBody();
        assertThat(css).doesNotContain("GDS Transport").doesNotContain("/assets/fonts/");
        assertThat(css).contains("font-family:arial,sans-serif");
    }
}
