package app.lantern.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.stereotype.Component;

/**
 * The draft as a Word document, for people who comment offline: the report's title, a note that it
 * is a draft for comment, then every chapter with its parts in order, live figures as tables.
 *
 * <p>Written as Office Open XML by hand rather than with a document library: the document needs
 * a handful of parts and styles, and the report's own formatting language is small. Headings use
 * Word's built-in heading styles, so the navigation pane and screen readers find them; tables
 * mark their header row; the language is set to British English.
 */
@Component
class ReportDocx {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final ZoneId UK = ZoneId.of("Europe/London");

    /** The report's inline syntax (see {@link ReportText}): an image, a link in words, or a bare address. */
    private static final Pattern INLINE = Pattern.compile(
            "!\\[([^\\]]*)\\]\\(([^)\\s]*)\\)|\\[([^\\]]+)\\]\\(([^)\\s]+)\\)|(https?://[^\\s<>\"]+[^\\s<>\".,;:!?)])");
    private static final Pattern SAFE_LINK = Pattern.compile("^(https?://|mailto:)[^\\s]+$", Pattern.CASE_INSENSITIVE);

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String HYPERLINK = R + "/hyperlink";

    /** Bullets use numbering 1; each numbered list gets its own numbering from 2 so it starts at 1. */
    private static final int BULLETS = 1;

    private final Clock clock;

    ReportDocx(Clock clock) {
        this.clock = clock;
    }

    /** The document's title, also its title in the file's properties. */
    static String title(Report report, String partnershipName) {
        return partnershipName + ": yearly report " + report.year().label() + " — draft, revision " + report.revision();
    }

    /**
     * The draft as it stands.
     *
     * @param parts   each chapter's parts by chapter id; a chapter with none is shown as empty
     * @param figures the live figure blocks of the report's year, with last year's beside them
     */
    byte[] draft(Report report, String partnershipName, List<Chapter> chapters, Map<Long, List<Part>> parts,
            ReportFigures.Offered figures) {
        String title = title(report, partnershipName);
        var body = new Body();
        body.paragraph("Title", title);
        body.paragraph("DraftNote", "This is a draft for comment, made on " + DAY.format(clock.instant().atZone(UK))
                + ". It will change before it is published: the live figures are as they stood on that day. "
                + "Add your comments to the chapter in Lantern, or send them to the partnership’s business unit.");
        for (var chapter : chapters.stream().sorted(Comparator.comparingInt(Chapter::position)).toList()) {
            body.paragraph("Heading1", chapter.position() + ". " + chapter.title());
            var chapterParts = parts.getOrDefault(chapter.id(), List.of()).stream().sorted(Comparator.comparingInt(Part::position)).toList();
            if (chapterParts.isEmpty()) body.paragraph(null, "Nothing has been written in this chapter yet.");
            for (var part : chapterParts) body.part(part, figures);
        }
        return zip(title, partnershipName, body);
    }

    private byte[] zip(String title, String creator, Body body) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            entry(zip, "[Content_Types].xml", contentTypes());
            entry(zip, "_rels/.rels", packageRelationships());
            entry(zip, "docProps/core.xml", coreProperties(title, creator));
            entry(zip, "word/document.xml", body.document());
            entry(zip, "word/_rels/document.xml.rels", body.relationships());
            entry(zip, "word/styles.xml", STYLES);
            entry(zip, "word/numbering.xml", body.numbering());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String contentTypes() {
        return """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
                <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
                <Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>\
                <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
                </Types>""";
    }

    private static String packageRelationships() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"" + PACKAGE_RELS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + R + "/officeDocument\" Target=\"word/document.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + PACKAGE_RELS + "/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                + "</Relationships>";
    }

    private String coreProperties(String title, String creator) {
        String now = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<dc:title>" + escape(title) + "</dc:title>"
                + "<dc:creator>" + escape(creator) + "</dc:creator>"
                + "<dc:language>en-GB</dc:language>"
                + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + now + "</dcterms:created>"
                + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + now + "</dcterms:modified>"
                + "</cp:coreProperties>";
    }

    /**
     * Text made safe for XML: markup characters escaped, and the characters XML 1.0 cannot hold at
     * all (control characters, unpaired surrogates, U+FFFE and U+FFFF) dropped, since one of them,
     * pasted in from elsewhere, would make Word refuse the whole file.
     */
    static String escape(String text) {
        if (text == null) return "";
        var out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (allowedInXml(c)) out.appendCodePoint(c);
                }
            }
        });
        return out.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    /** The document's body as it is written, with the hyperlinks and numbered lists it needs. */
    private static final class Body {

        private final StringBuilder xml = new StringBuilder();
        private final List<String> links = new ArrayList<>();
        private int numberedLists;
        private boolean endsWithTable;

        void part(Part part, ReportFigures.Offered figures) {
            switch (part.kind()) {
                case NARRATIVE -> text(part.body());
                case CASE_STUDY -> {
                    paragraph("Heading2", "Case study: " + nz(part.title()));
                    text(part.body());
                    paragraph("Heading3", "What changed for the child");
                    text(part.changed());
                    if (!nz(part.agencies()).isBlank()) paragraph(null, "Agencies involved: " + part.agencies());
                    if (Boolean.TRUE.equals(part.consent())) paragraph(null, "Consent to tell this story is recorded.");
                }
                case VOICE -> {
                    paragraph("Heading2", "What children and families told us");
                    for (var block : ReportText.parse(part.body())) block(block, "Inset");
                    if (!nz(part.heardWhere()).isBlank()) paragraph("Inset", "Where: " + part.heardWhere());
                    paragraph("Heading3", "What changed because of it");
                    text(part.changed());
                }
                case CONTEXT -> {
                    start("ContextFigure");
                    run(nz(part.value()), null);
                    end();
                    if (!nz(part.title()).isBlank()) paragraph(null, part.title());
                    paragraph(null, "Context figure from outside Lantern. Source: " + nz(part.source())
                            + (part.asOf() == null ? "" : ", " + DAY.format(part.asOf())) + ".");
                }
                case FIGURES -> figures(part.block(), figures);
            }
        }

        private void figures(String title, ReportFigures.Offered offered) {
            var view = title == null ? Optional.<ReportFigures.BlockView>empty() : offered.view(title);
            if (view.isEmpty()) {
                paragraph(null, "No figures called “" + nz(title) + "” are recorded for this year.");
                return;
            }
            var block = view.get();
            paragraph("Heading2", block.title() + " " + block.year().label());
            String caption = block.title() + ": " + block.year().label() + " compared with " + block.previousYearLabel();
            // Widths in twentieths of a point across an A4 page's 9,026 between the margins.
            int[] widths = { 3626, 1500, 1500, 2400 };
            xml.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"FiguresTable\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>")
                    .append("<w:tblLook w:val=\"0420\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>")
                    .append("<w:tblCaption w:val=\"").append(escape(caption)).append("\"/></w:tblPr><w:tblGrid>");
            for (int width : widths) xml.append("<w:gridCol w:w=\"").append(width).append("\"/>");
            xml.append("</w:tblGrid>");
            row(true, widths, "Figure", block.year().label(), block.previousYearLabel(), "Change");
            for (var r : block.rows()) row(false, widths, r.label(), r.value(), r.previous(), r.change());
            xml.append("</w:tbl>");
            endsWithTable = true;
        }

        private void row(boolean header, int[] widths, String... cells) {
            xml.append("<w:tr>");
            if (header) xml.append("<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
            for (int i = 0; i < cells.length; i++) {
                boolean numeric = i == 1 || i == 2;
                xml.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(widths[i]).append("\" w:type=\"dxa\"/></w:tcPr>");
                xml.append("<w:p><w:pPr><w:pStyle w:val=\"TableText\"/>").append(numeric ? "<w:jc w:val=\"right\"/>" : "").append("</w:pPr>");
                run(cells[i], header || i == 0 ? "<w:b/>" : null);
                xml.append("</w:p></w:tc>");
            }
            xml.append("</w:tr>");
        }

        /** Text in the report's formatting language, block by block. */
        private void text(String text) {
            for (var block : ReportText.parse(text)) block(block, null);
        }

        private void block(ReportText.Block block, String paragraphStyle) {
            switch (block) {
                case ReportText.Heading h -> paragraph(h.level() == 2 ? "Heading2" : "Heading3", h.text());
                case ReportText.Paragraph p -> inlineParagraph(paragraphStyle, p.text(), null);
                case ReportText.Inset i -> inlineParagraph("Inset", i.text(), null);
                case ReportText.ListBlock l -> {
                    int numbering = l.numbered() ? BULLETS + ++numberedLists : BULLETS;
                    for (var item : l.items()) inlineParagraph(l.numbered() ? "ListNumber" : "ListBullet", item, numbering);
                }
            }
        }

        void paragraph(String style, String text) {
            start(style);
            run(text, null);
            end();
        }

        private void inlineParagraph(String style, String text, Integer numbering) {
            xml.append("<w:p>");
            if (style != null || numbering != null) {
                xml.append("<w:pPr>");
                if (style != null) xml.append("<w:pStyle w:val=\"").append(style).append("\"/>");
                if (numbering != null) xml.append("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"").append(numbering).append("\"/></w:numPr>");
                xml.append("</w:pPr>");
            }
            inline(text);
            end();
        }

        /** Links become hyperlinks Word opens; an image, which the document cannot show, is named by its text alternative. */
        private void inline(String text) {
            Matcher m = INLINE.matcher(text);
            int at = 0;
            while (m.find()) {
                run(text.substring(at, m.start()), null);
                if (m.group(2) != null) {
                    if (!m.group(1).isBlank()) run("[Image: " + m.group(1).strip() + "]", null);
                } else if (m.group(3) != null) {
                    String href = m.group(4);
                    if (!SAFE_LINK.matcher(href).matches()) run(m.group(3), null);
                    else if (!link(m.group(3), href)) run(m.group(3) + " (" + href + ")", null);
                } else if (!link(m.group(5), m.group(5))) {
                    run(m.group(5), null);
                }
                at = m.end();
            }
            run(text.substring(at), null);
        }

        /** A hyperlink; false when the address is not one Word would accept, and the caller writes it out. */
        private boolean link(String words, String href) {
            try {
                new URI(href);
            } catch (URISyntaxException e) {
                return false;
            }
            links.add(href);
            xml.append("<w:hyperlink r:id=\"").append(linkId(links.size())).append("\" w:history=\"1\">");
            xml.append("<w:r><w:rPr><w:rStyle w:val=\"Hyperlink\"/></w:rPr><w:t xml:space=\"preserve\">").append(escape(words)).append("</w:t></w:r>");
            xml.append("</w:hyperlink>");
            return true;
        }

        private static String linkId(int n) {
            return "rIdLink" + n;
        }

        private void start(String style) {
            xml.append("<w:p>");
            if (style != null) xml.append("<w:pPr><w:pStyle w:val=\"").append(style).append("\"/></w:pPr>");
        }

        private void end() {
            xml.append("</w:p>");
            endsWithTable = false;
        }

        private void run(String text, String properties) {
            String t = escape(text);
            if (t.isEmpty()) return;
            xml.append("<w:r>");
            if (properties != null) xml.append("<w:rPr>").append(properties).append("</w:rPr>");
            xml.append("<w:t xml:space=\"preserve\">").append(t).append("</w:t></w:r>");
        }

        String document() {
            return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<w:document xmlns:w=\"" + W + "\" xmlns:r=\"" + R + "\"><w:body>"
                    + xml
                    // Word wants a paragraph between a closing table and the section's properties.
                    + (endsWithTable ? "<w:p/>" : "")
                    + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
                    + "<w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/>"
                    + "</w:sectPr></w:body></w:document>";
        }

        String relationships() {
            var rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                    .append("<Relationships xmlns=\"").append(PACKAGE_RELS).append("\">")
                    .append("<Relationship Id=\"rIdStyles\" Type=\"").append(R).append("/styles\" Target=\"styles.xml\"/>")
                    .append("<Relationship Id=\"rIdNumbering\" Type=\"").append(R).append("/numbering\" Target=\"numbering.xml\"/>");
            for (int i = 0; i < links.size(); i++) {
                rels.append("<Relationship Id=\"").append(linkId(i + 1)).append("\" Type=\"").append(HYPERLINK)
                        .append("\" Target=\"").append(escape(links.get(i))).append("\" TargetMode=\"External\"/>");
            }
            return rels.append("</Relationships>").toString();
        }

        /** Bullets, and one numbering per numbered list so that each starts again at 1. */
        String numbering() {
            var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                    .append("<w:numbering xmlns:w=\"").append(W).append("\">")
                    .append(abstractNumbering(0, "bullet", "•"))
                    .append(abstractNumbering(1, "decimal", "%1."))
                    .append("<w:num w:numId=\"").append(BULLETS).append("\"><w:abstractNumId w:val=\"0\"/></w:num>");
            for (int i = 1; i <= numberedLists; i++) {
                xml.append("<w:num w:numId=\"").append(BULLETS + i).append("\"><w:abstractNumId w:val=\"1\"/>")
                        .append("<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>");
            }
            return xml.append("</w:numbering>").toString();
        }

        private static String abstractNumbering(int id, String format, String text) {
            return "<w:abstractNum w:abstractNumId=\"" + id + "\"><w:multiLevelType w:val=\"singleLevel\"/>"
                    + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"" + format + "\"/><w:lvlText w:val=\"" + text + "\"/>"
                    + "<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"720\" w:hanging=\"360\"/></w:pPr></w:lvl></w:abstractNum>";
        }

        private static String nz(String s) {
            return s == null ? "" : s;
        }
    }

    /**
     * Word's own style names ("heading 1", "Title", "List Bullet") so Word treats them as its
     * built-in styles: the navigation pane lists the headings and the accessibility checker is
     * satisfied. Arial, as on Lantern's pages.
     */
    private static final String STYLES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
            <w:docDefaults>\
            <w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>\
            <w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-GB" w:eastAsia="en-GB" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>\
            <w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault>\
            </w:docDefaults>\
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\
            <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>\
            <w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:spacing w:after="240"/></w:pPr>\
            <w:rPr><w:b/><w:bCs/><w:sz w:val="48"/><w:szCs w:val="48"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>\
            <w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:pageBreakBefore/><w:spacing w:before="240" w:after="240"/>\
            <w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>\
            <w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="160"/>\
            <w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>\
            <w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="120"/>\
            <w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/>\
            <w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr>\
            <w:spacing w:after="80"/><w:ind w:left="720" w:hanging="360"/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/><w:basedOn w:val="Normal"/>\
            <w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="80"/><w:ind w:left="720" w:hanging="360"/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:customStyle="1" w:styleId="Inset"><w:name w:val="Inset"/><w:basedOn w:val="Normal"/><w:qFormat/>\
            <w:pPr><w:pBdr><w:left w:val="single" w:sz="36" w:space="12" w:color="B1B4B6"/></w:pBdr><w:ind w:left="600"/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:customStyle="1" w:styleId="DraftNote"><w:name w:val="Draft note"/><w:basedOn w:val="Normal"/>\
            <w:pPr><w:pBdr><w:top w:val="single" w:sz="8" w:space="6" w:color="0B0C0C"/><w:left w:val="single" w:sz="8" w:space="6" w:color="0B0C0C"/>\
            <w:bottom w:val="single" w:sz="8" w:space="6" w:color="0B0C0C"/><w:right w:val="single" w:sz="8" w:space="6" w:color="0B0C0C"/></w:pBdr>\
            <w:spacing w:after="360"/><w:ind w:left="144" w:right="144"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:customStyle="1" w:styleId="ContextFigure"><w:name w:val="Context figure"/><w:basedOn w:val="Normal"/>\
            <w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="0"/></w:pPr>\
            <w:rPr><w:b/><w:bCs/><w:sz w:val="56"/><w:szCs w:val="56"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:customStyle="1" w:styleId="TableText"><w:name w:val="Table text"/><w:basedOn w:val="Normal"/>\
            <w:pPr><w:spacing w:before="60" w:after="60" w:line="240" w:lineRule="auto"/></w:pPr></w:style>\
            <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>\
            <w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>\
            <w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/>\
            <w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="1D70B8"/><w:u w:val="single"/></w:rPr></w:style>\
            <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>\
            <w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>\
            <w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>\
            <w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>\
            <w:style w:type="table" w:customStyle="1" w:styleId="FiguresTable"><w:name w:val="Figures table"/><w:basedOn w:val="TableNormal"/>\
            <w:uiPriority w:val="59"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="B1B4B6"/>\
            <w:left w:val="single" w:sz="4" w:space="0" w:color="B1B4B6"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="B1B4B6"/>\
            <w:right w:val="single" w:sz="4" w:space="0" w:color="B1B4B6"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="B1B4B6"/>\
            <w:insideV w:val="single" w:sz="4" w:space="0" w:color="B1B4B6"/></w:tblBorders></w:tblPr>\
            <w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="F3F2F1"/></w:tcPr></w:tblStylePr>\
            </w:style>\
            </w:styles>""";
}
