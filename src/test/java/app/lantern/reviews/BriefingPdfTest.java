package app.lantern.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The printable briefing, rendered from the real template: one page at every limit the form allows. */
class BriefingPdfTest {

    static BriefingPdf pdf;

    @BeforeAll
    static void engine() {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        pdf = new BriefingPdf(engine);
    }

    static BriefingRecord briefing(String title, String subject, String section) {
        var d = new BriefingDetails(title, BriefingSubject.CASE_REVIEW, null, subject, section, section, section, section, section, section);
        return new BriefingRecord(1, "x", d, BriefingStatus.PUBLISHED, LocalDate.of(2024, 3, 12), 1);
    }

    static String lines(String line) {
        return String.join("\n", Collections.nCopies(BriefingText.MAX_SECTION_LINES, line));
    }

    static String text(byte[] bytes) throws IOException {
        try (var doc = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void a_briefing_at_every_limit_prints_on_one_page() throws IOException {
        int each = (BriefingText.MAX_SECTION + 1) / BriefingText.MAX_SECTION_LINES - 1; // 74: 8 lines and 7 breaks = 599
        String words = "Practitioners should record what the child says and does, and share it with others in the team ";
        List<String> worst = List.of(
                lines(words.substring(0, each)),                       // prose, every line wrapping
                lines("- " + "Mm wW ".repeat(20).substring(0, each - 2)), // bullets of wide letters
                lines("W".repeat(each)),                               // unbroken runs of the widest letter
                "W".repeat(BriefingText.MAX_SECTION));                 // one unbroken run
        for (String section : worst) {
            assertThat(section.length()).isLessThanOrEqualTo(BriefingText.MAX_SECTION);
            assertThat(BriefingText.lineCount(section)).isLessThanOrEqualTo(BriefingText.MAX_SECTION_LINES);
            var b = briefing("W".repeat(BriefingText.MAX_TITLE), "W".repeat(BriefingText.MAX_SUBJECT_TITLE), section);
            byte[] bytes = pdf.render(b, "Eastmere Safeguarding Children Partnership", "http://localhost/briefings/x");
            assertThat(BriefingPdf.pages(bytes)).as(section.substring(0, 12)).isEqualTo(1);
            assertThat(text(bytes)).contains("6. Questions to reflect on");
        }
    }

    @Test
    void short_briefings_start_in_larger_type_than_long_ones() {
        var small = briefing("Short", "Audit", "A few words.");
        var full = briefing("W".repeat(BriefingText.MAX_TITLE), "W".repeat(BriefingText.MAX_SUBJECT_TITLE), lines("w".repeat(74)));
        assertThat(BriefingPdf.firstSize(small)).isZero();
        assertThat(BriefingPdf.firstSize(full)).isEqualTo(BriefingPdf.USUAL);
    }

    @Test
    void an_ordinary_briefing_prints_on_one_page_with_its_text_title_language_and_tags() throws IOException {
        var b = briefing("Harbour: seeing the child", "Harbour", "A paragraph.\n- A bullet & <b>not bold</b>");
        byte[] bytes = pdf.render(b, "Eastmere Safeguarding Children Partnership", "http://localhost/briefings/harbour");
        assertThat(BriefingPdf.pages(bytes)).isEqualTo(1);
        assertThat(text(bytes).replaceAll("\\s+", " ")).contains("Harbour: seeing the child", "A bullet & <b>not bold</b>",
                "Read this briefing online at http://localhost/briefings/harbour");
        try (var doc = Loader.loadPDF(bytes)) {
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Harbour: seeing the child – 7-minute briefing");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue(); // tagged for PDF/UA
        }
    }

    @Test
    void the_printable_briefing_passes_pdf_ua_1() throws Exception {
        var b = briefing("Harbour: seeing the child", "Harbour (local review)",
                "A paragraph about neglect.\n- A bullet about information sharing\n- Another about professional curiosity");
        byte[] bytes = pdf.render(b, "Eastmere Safeguarding Children Partnership", "http://localhost/briefings/harbour");
        assertThat(pdfUaFailures(bytes)).as("PDF/UA-1 failures").isEmpty();
    }

    @Test
    void the_pdf_ua_check_fails_an_untagged_pdf() throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(out);
        }
        assertThat(pdfUaFailures(out.toByteArray())).isNotEmpty();
    }

    static List<String> pdfUaFailures(byte[] bytes) throws Exception {
        org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider.initialise();
        var foundry = org.verapdf.pdfa.Foundries.defaultInstance();
        var flavour = org.verapdf.pdfa.flavours.PDFAFlavour.PDFUA_1;
        try (var parser = foundry.createParser(new java.io.ByteArrayInputStream(bytes), flavour);
             var validator = foundry.createValidator(flavour, false)) {
            var result = validator.validate(parser);
            var failed = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == org.verapdf.pdfa.results.TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().toList();
            if (failed.isEmpty() && !result.isCompliant()) return List.of("not compliant");
            return failed;
        }
    }
}
