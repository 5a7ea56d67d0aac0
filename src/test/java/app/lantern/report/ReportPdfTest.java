package app.lantern.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import app.lantern.reviews.BriefingPdfTestAccess;
import app.lantern.shared.Figure;
import app.lantern.shared.FigureBlock;
import app.lantern.shared.RecordLink;
import app.lantern.shared.ReportingYear;

/** The published report's PDF, from the real templates: tagged, bookmarked, with a contents page, passing PDF/UA-1. */
class ReportPdfTest {

    static SpringTemplateEngine engine;
    static final ReportingYear YEAR = new ReportingYear(2025);

    @BeforeAll
    static void engine() {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
    }

    static Part part(int position, Part.Kind kind, String body, String title, String changed, String block) {
        return new Part(position, 1, position, kind, body, title, "Police, school", changed, "Youth council", true, block, "48,200",
                "ONS mid-year estimates", LocalDate.of(2025, 6, 30), Set.of(), false, 0);
    }

    static String chapterHtml(Chapter chapter, List<Part> parts) {
        var links = List.of(new RecordLink("Meeting 1", "/meetings/1"));
        var attendance = new FigureBlock("Attendance", YEAR, List.of(
                Figure.percent("a.police", "Eastmere Police", 100, links), Figure.percent("a.council", "Eastmere Council", 83, links),
                Figure.count("a.meetings", "Meetings", links)));
        var before = new FigureBlock("Attendance", YEAR.previous(), List.of(Figure.percent("a.police", "Eastmere Police", 90, links),
                Figure.pounds("x", "x", BigDecimal.ONE, List.of())));
        var offered = new ReportFigures.Offered(YEAR, Map.of("Attendance", attendance), Map.of("Attendance", before));
        var context = new Context(Locale.UK);
        context.setVariable("view", ChapterView.of(chapter, parts, offered));
        context.setVariable("draft", false);
        return engine.process("report/parts", Set.of("chapterBody"), context);
    }

    static PublishedVersion version() {
        var welcome = new Chapter(1, 1, 1, "Welcome from the safeguarding partners", 0);
        var structure = new Chapter(2, 1, 2, "Role and structure", 0);
        var pages = List.of(
                new PublishedVersion.Page(1, welcome.slug(), welcome.title(), chapterHtml(welcome, List.of(
                        part(1, Part.Kind.NARRATIVE, "# A year of change\nWe met [our aims](https://eastmere.example).\n* one\n* two\n^ Inset", null, null, null),
                        part(2, Part.Kind.CASE_STUDY, "Sam was missing school.", "Sam's story", "Sam is back at school.", null),
                        part(3, Part.Kind.VOICE, "Ask us first.", null, "We ask first now.", null),
                        part(4, Part.Kind.CONTEXT, "", "children aged 0 to 17", null, null)))),
                new PublishedVersion.Page(2, structure.slug(), structure.title(), chapterHtml(structure, List.of(
                        part(1, Part.Kind.FIGURES, "", null, null, "Attendance")))));
        return new PublishedVersion(0, YEAR, 2, Instant.parse("2026-09-26T10:00:00Z"), "Corrects a figure",
                "Alex Doe, Director, for the local authority\nSam Roe, Chief Superintendent, for the police\nJo Poe, Director, for the integrated care board",
                pages);
    }

    @Test
    void the_report_pdf_passes_pdf_ua_1() throws Exception {
        byte[] pdf = new ReportPdf(engine).render(version(), "Eastmere Safeguarding Children Partnership");
        assertThat(BriefingPdfTestAccess.pdfUaFailures(pdf)).as("PDF/UA-1 failures").isEmpty();
    }

    @Test
    void the_pdf_has_a_cover_contents_bookmarks_and_the_figures_as_a_table() throws Exception {
        byte[] pdf = new ReportPdf(engine).render(version(), "Eastmere Safeguarding Children Partnership");
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Yearly report 2025–26", "Contents", "1. Welcome from the safeguarding partners",
                    "Eastmere Police", "100%", "90%", "up 10 percentage points", "Sam is back at school.", "Corrects a figure");
            var outline = doc.getDocumentCatalog().getDocumentOutline();
            assertThat(outline).isNotNull();
            var titles = new java.util.ArrayList<String>();
            outline.children().forEach(i -> titles.add(i.getTitle()));
            assertThat(titles).containsExactly("Contents", "1. Welcome from the safeguarding partners", "2. Role and structure");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Eastmere Safeguarding Children Partnership: yearly report 2025–26");
        }
    }
}
