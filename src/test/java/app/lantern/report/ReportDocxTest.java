package app.lantern.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import app.lantern.shared.Figure;
import app.lantern.shared.FigureBlock;
import app.lantern.shared.ReportingYear;

class ReportDocxTest {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final ReportingYear YEAR = new ReportingYear(2025);

    private static Map<String, String> files;
    private static Document document;

    @BeforeAll
    static void makeTheDraft() throws Exception {
        var report = new Report(1, YEAR, new Report.Leads(null, null, null), 7, "", Instant.parse("2025-04-01T09:00:00Z"), 3);
        var welcome = new Chapter(11, 1, 1, "Welcome from Smith & Jones", 0);
        var figures = new Chapter(12, 1, 2, "Funding and resourcing", 0);
        var empty = new Chapter(13, 1, 3, "Glossary", 0);
        var parts = new LinkedHashMap<Long, List<Part>>();
        parts.put(11L, List.of(
                // Out of order on purpose: the document follows the parts' positions.
                part(11, 2, Part.Kind.CASE_STUDY, "Sam's school & his social worker met weekly.", "Sam", "Sam is settled.", null),
                part(11, 1, Part.Kind.NARRATIVE, """
                        # What we did
                        Thanks to Smith & Jones <b> for "everything"\u0001 this year.

                        * first bullet
                        * second bullet

                        1. one
                        2. two
                        ^ Children told us this mattered.
                        ## Where to read more
                        See [our site](https://eastmere.example/scp?a=1&b=2) or https://gov.uk/x.

                        Not a link: [click](javascript:alert(1))""", null, null, null),
                part(11, 3, Part.Kind.VOICE, "We want to be asked first.", null, "We now ask first.", null),
                part(11, 4, Part.Kind.CONTEXT, null, "children aged 0 to 17", null, "12,400")));
        parts.put(12L, List.of(part(12, 1, Part.Kind.FIGURES, null, null, null, "Budget"),
                part(12, 2, Part.Kind.FIGURES, null, null, null, "Closed module")));
        var budgetNow = new FigureBlock("Budget", YEAR, List.of(Figure.pounds("budget.total", "Total budget", new BigDecimal("41250"), List.of()),
                Figure.count("budget.partners", "Partners contributing", List.of())));
        var budgetBefore = new FigureBlock("Budget", YEAR.previous(),
                List.of(Figure.pounds("budget.total", "Total budget", new BigDecimal("40000"), List.of())));
        var offered = new ReportFigures.Offered(YEAR, Map.of("Budget", budgetNow), Map.of("Budget", budgetBefore));
        var docx = new ReportDocx(Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC));

        files = unzip(docx.draft(report, "Eastmere Safeguarding Children Partnership", List.of(welcome, figures, empty), parts, offered));
        document = parse(files.get("word/document.xml"));
    }

    private static Part part(long chapter, int position, Part.Kind kind, String body, String title, String changed, String blockOrValue) {
        boolean figures = kind == Part.Kind.FIGURES;
        return new Part(chapter * 10 + position, chapter, position, kind, body, title, kind == Part.Kind.CASE_STUDY ? "Police & school" : null,
                changed, kind == Part.Kind.VOICE ? "Youth council, March 2026" : null, kind == Part.Kind.CASE_STUDY,
                figures ? blockOrValue : null, figures ? null : blockOrValue, "ONS mid-year estimates", LocalDate.of(2025, 6, 30), Set.of(),
                false, 0);
    }

    @Test
    void theFileIsAWordPackageWhosePartsAreAllWellFormedXml() throws Exception {
        assertThat(files).containsKeys("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
                "word/numbering.xml", "word/_rels/document.xml.rels", "docProps/core.xml");
        for (var xml : files.values()) parse(xml);
        assertThat(files.get("[Content_Types].xml"))
                .contains("PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"")
                .contains("PartName=\"/word/styles.xml\"").contains("PartName=\"/word/numbering.xml\"").contains("PartName=\"/docProps/core.xml\"");
        assertThat(files.get("_rels/.rels")).contains("Target=\"word/document.xml\"").contains("Target=\"docProps/core.xml\"");
    }

    @Test
    void theTitleNamesThePartnershipYearAndRevisionAndTheNoteSaysItIsADraftForComment() throws Exception {
        assertThat(paragraphs("Title")).containsExactly("Eastmere Safeguarding Children Partnership: yearly report 2025–26 — draft, revision 7");
        assertThat(paragraphs("DraftNote")).singleElement().asString().startsWith("This is a draft for comment, made on 15 January 2026.");
        var core = parse(files.get("docProps/core.xml"));
        assertThat(core.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "title").item(0).getTextContent())
                .isEqualTo("Eastmere Safeguarding Children Partnership: yearly report 2025–26 — draft, revision 7");
        assertThat(core.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "creator").item(0).getTextContent())
                .isEqualTo("Eastmere Safeguarding Children Partnership");
    }

    @Test
    void everyChapterIsAWordHeadingNumberedAsInTheDraft() {
        assertThat(paragraphs("Heading1")).containsExactly("1. Welcome from Smith & Jones", "2. Funding and resourcing", "3. Glossary");
        assertThat(paragraphs("Heading2")).containsExactly("What we did", "Case study: Sam", "What children and families told us",
                "Budget 2025–26");
        assertThat(paragraphs("Heading3")).containsExactly("Where to read more", "What changed for the child", "What changed because of it");
    }

    @Test
    void partsFollowInTheirOrderWithTheirOwnHeadings() {
        var all = paragraphs(null);
        assertThat(all.indexOf("What we did")).isLessThan(all.indexOf("Case study: Sam"));
        assertThat(all.indexOf("Case study: Sam")).isLessThan(all.indexOf("What children and families told us"));
        assertThat(all).contains("Agencies involved: Police & school", "Consent to tell this story is recorded.", "Sam is settled.",
                "12,400", "children aged 0 to 17", "Context figure from outside Lantern. Source: ONS mid-year estimates, 30 June 2025.",
                "No figures called “Closed module” are recorded for this year.", "Nothing has been written in this chapter yet.");
        assertThat(paragraphs("Inset")).containsExactly("Children told us this mattered.", "We want to be asked first.",
                "Where: Youth council, March 2026");
    }

    @Test
    void whatTheWriterTypedIsTextEvenWhenItLooksLikeMarkupAndCharactersXmlCannotHoldAreDropped() {
        assertThat(paragraphs(null)).contains("Thanks to Smith & Jones <b> for \"everything\" this year.");
        assertThat(files.get("word/document.xml")).contains("Smith &amp; Jones &lt;b&gt;").doesNotContain("<b>");
    }

    @Test
    void bulletsAndNumberedListsAreWordListsAndEachNumberedListStartsAtOne() throws Exception {
        assertThat(paragraphs("ListBullet")).containsExactly("first bullet", "second bullet");
        assertThat(paragraphs("ListNumber")).containsExactly("one", "two");
        var numbering = parse(files.get("word/numbering.xml"));
        assertThat(numbering.getElementsByTagNameNS(W, "num").getLength()).isEqualTo(2);
        assertThat(files.get("word/numbering.xml")).contains("w:numFmt w:val=\"bullet\"").contains("w:numFmt w:val=\"decimal\"")
                .contains("<w:startOverride w:val=\"1\"/>");
    }

    @Test
    void webLinksAreHyperlinksToExternalAddressesAndOtherSchemesAreJustWords() throws Exception {
        var links = document.getElementsByTagNameNS(W, "hyperlink");
        var words = new ArrayList<String>();
        for (int i = 0; i < links.getLength(); i++) words.add(links.item(i).getTextContent());
        assertThat(words).containsExactly("our site", "https://gov.uk/x");
        var rels = parse(files.get("word/_rels/document.xml.rels")).getElementsByTagName("Relationship");
        var external = new ArrayList<String>();
        for (int i = 0; i < rels.getLength(); i++) {
            var rel = (Element) rels.item(i);
            if ("External".equals(rel.getAttribute("TargetMode"))) external.add(rel.getAttribute("Target"));
        }
        assertThat(external).containsExactly("https://eastmere.example/scp?a=1&b=2", "https://gov.uk/x");
        assertThat(paragraphs(null)).contains("See our site or https://gov.uk/x.", "Not a link: click)");
    }

    @Test
    void liveFiguresAreARealTableWithAHeaderRowAndLastYearBeside() {
        var tables = document.getElementsByTagNameNS(W, "tbl");
        assertThat(tables.getLength()).isEqualTo(1);
        var table = (Element) tables.item(0);
        var rows = table.getElementsByTagNameNS(W, "tr");
        assertThat(cells((Element) rows.item(0))).containsExactly("Figure", "2025–26", "2024–25", "Change");
        assertThat(((Element) rows.item(0)).getElementsByTagNameNS(W, "tblHeader").getLength()).isEqualTo(1);
        assertThat(cells((Element) rows.item(1))).containsExactly("Total budget", "£41,250", "£40,000", "up £1,250");
        assertThat(cells((Element) rows.item(2))).containsExactly("Partners contributing", "0", "–", "not recorded last year");
        assertThat(((Element) table.getElementsByTagNameNS(W, "tblCaption").item(0)).getAttributeNS(W, "val"))
                .isEqualTo("Budget: 2025–26 compared with 2024–25");
    }

    @Test
    void stylesAreWordsOwnHeadingStylesSoTheNavigationPaneListsTheChapters() throws Exception {
        var styles = parse(files.get("word/styles.xml")).getElementsByTagNameNS(W, "style");
        var named = new LinkedHashMap<String, Element>();
        for (int i = 0; i < styles.getLength(); i++) {
            var style = (Element) styles.item(i);
            named.put(style.getAttributeNS(W, "styleId"), style);
        }
        assertThat(named).containsKeys("Title", "Heading1", "Heading2", "Heading3", "ListBullet", "ListNumber", "Inset", "Hyperlink",
                "FiguresTable");
        for (int level = 1; level <= 3; level++) {
            var heading = named.get("Heading" + level);
            assertThat(value(heading, "name")).isEqualTo("heading " + level);
            assertThat(value(heading, "outlineLvl")).isEqualTo(String.valueOf(level - 1));
        }
        assertThat(named.get("FiguresTable").getAttributeNS(W, "type")).isEqualTo("table");
        assertThat(files.get("word/styles.xml")).contains("<w:lang w:val=\"en-GB\"");
        // Every style a paragraph uses is defined.
        var used = document.getElementsByTagNameNS(W, "pStyle");
        for (int i = 0; i < used.getLength(); i++) assertThat(named).containsKey(((Element) used.item(i)).getAttributeNS(W, "val"));
    }

    /** The text of each paragraph with this style (all paragraphs for null), in document order. */
    private static List<String> paragraphs(String style) {
        var found = new ArrayList<String>();
        var paragraphs = document.getElementsByTagNameNS(W, "p");
        for (int i = 0; i < paragraphs.getLength(); i++) {
            var p = (Element) paragraphs.item(i);
            var styles = p.getElementsByTagNameNS(W, "pStyle");
            String own = styles.getLength() == 0 ? null : ((Element) styles.item(0)).getAttributeNS(W, "val");
            if (style == null || style.equals(own)) found.add(p.getTextContent());
        }
        return found;
    }

    private static List<String> cells(Element row) {
        var cells = row.getElementsByTagNameNS(W, "tc");
        var texts = new ArrayList<String>();
        for (int i = 0; i < cells.getLength(); i++) texts.add(cells.item(i).getTextContent());
        return texts;
    }

    private static String value(Element style, String child) {
        return ((Element) style.getElementsByTagNameNS(W, child).item(0)).getAttributeNS(W, "val");
    }

    private static Map<String, String> unzip(byte[] docx) throws IOException {
        var files = new LinkedHashMap<String, String>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static Document parse(String xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
