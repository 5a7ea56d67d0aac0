package app.lantern.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class PublicationFilesTest {

    static final byte[] PDF = "%PDF-1.7\n% fictional report\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void a_pdf_called_pdf_is_kept() {
        assertThat(PublicationFiles.problem("Harbour report.pdf", PDF)).isNull();
        assertThat(PublicationFiles.problem("HARBOUR.PDF", PDF)).isNull();
    }

    @Test
    void programs_are_refused_whatever_they_are_called() {
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0};
        assertThat(PublicationFiles.problem("report.pdf", exe)).contains("is a program");
        assertThat(PublicationFiles.problem("setup.exe", exe)).contains("is a program");
        assertThat(PublicationFiles.problem("run.pdf", "#!/bin/sh\necho hi".getBytes(StandardCharsets.US_ASCII))).contains("is a program");
    }

    @Test
    void other_files_and_pretend_pdfs_are_refused() {
        assertThat(PublicationFiles.problem("notes.txt", "plain words".getBytes(StandardCharsets.UTF_8))).isEqualTo("The selected file must be a PDF");
        assertThat(PublicationFiles.problem("report.docx", PDF)).isEqualTo("The selected file must be a PDF");
        assertThat(PublicationFiles.problem("report.pdf", "plain words".getBytes(StandardCharsets.UTF_8))).contains("is not a PDF");
        assertThat(PublicationFiles.problem("report.pdf", new byte[0])).isEqualTo("The selected file is empty");
    }

    @Test
    void too_large_files_are_refused() {
        byte[] big = new byte[(int) PublicationFiles.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThat(PublicationFiles.problem("big.pdf", big)).contains("smaller than 10 MB");
    }

    @Test
    void names_lose_their_folders_and_odd_characters() {
        assertThat(PublicationFiles.cleanName("C:\\Users\\x\\Harbour <final>.pdf")).isEqualTo("Harbour _final_.pdf");
        assertThat(PublicationFiles.cleanName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(PublicationFiles.cleanName(".pdf")).isEqualTo("report.pdf");
    }
}
