package app.lantern.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class EvidenceFilesTest {

    static final byte[] PDF = "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII);

    @Test
    void accepts_a_pdf_called_pdf_and_keeps_its_name() {
        var v = EvidenceFiles.check("C:\\Users\\me\\Audit report (final).pdf", PDF);
        assertThat(v.ok()).isTrue();
        assertThat(v.contentType()).isEqualTo("application/pdf");
        assertThat(v.fileName()).isEqualTo("Audit report (final).pdf");
    }

    @Test
    void refuses_a_program_whatever_it_is_called() {
        byte[] exe = { 'M', 'Z', (byte) 0x90, 0, 3, 0 };
        assertThat(EvidenceFiles.check("minutes.pdf", exe).error()).startsWith("The selected file is a program");
        assertThat(EvidenceFiles.check("setup.exe", exe).error()).startsWith("The selected file is a program");
    }

    @Test
    void refuses_content_that_does_not_match_the_extension() {
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0 };
        assertThat(EvidenceFiles.check("report.pdf", png).error())
                .isEqualTo("The selected file is called .pdf but is not a PDF file. Upload " + EvidenceFiles.ALLOWED);
        assertThat(EvidenceFiles.check("picture.png", png).ok()).isTrue();
        assertThat(EvidenceFiles.check("notes.txt", new byte[] { 'a', 0, 'b' }).ok()).isFalse();
    }

    @Test
    void refuses_unknown_types_empty_and_oversized_files() {
        assertThat(EvidenceFiles.check("archive.zip", new byte[] { 'P', 'K', 3, 4 }).error()).startsWith("The selected file must be a PDF");
        assertThat(EvidenceFiles.check("empty.pdf", new byte[0]).error()).isEqualTo("The selected file is empty");
        assertThat(EvidenceFiles.check("big.pdf", new byte[(int) EvidenceFiles.MAX_BYTES + 1]).error())
                .isEqualTo("The selected file must be smaller than 10 MB");
    }

    @Test
    void accepts_unicode_text_and_office_documents() {
        assertThat(EvidenceFiles.check("nodiadau.txt", "Llŷr, Łódź, 会议".getBytes(StandardCharsets.UTF_8)).ok()).isTrue();
        assertThat(EvidenceFiles.check("plan.docx", new byte[] { 'P', 'K', 3, 4, 20, 0 }).ok()).isTrue();
        assertThat(EvidenceFiles.cleanName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(EvidenceFiles.cleanName(".htaccess")).isEqualTo("evidence.htaccess");
    }

    @Test
    void reads_references_people_type() {
        assertThat(ActionReference.of(42)).isEqualTo("A-0042");
        assertThat(ActionReference.parse(" a-0042 ")).hasValue(42);
        assertThat(ActionReference.parse("A42")).hasValue(42);
        assertThat(ActionReference.parse("safe sleep")).isEmpty();
    }
}
