package app.lantern.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The report's small formatting language, close to GOV.UK Notify's so people who write for Notify
 * already know it. A line starting
 * <ul>
 * <li>{@code # } is a heading, {@code ## } a subheading;</li>
 * <li>{@code * } or {@code - } is a bullet, {@code 1. } a numbered item;</li>
 * <li>{@code ^ } is inset text;</li>
 * </ul>
 * blank lines separate paragraphs; {@code [words](https://…)} and bare {@code https://…} addresses
 * are links; {@code ![what it shows](/path)} is an image, refused without its text alternative.
 *
 * <p>Text is stored as written. Rendering escapes everything the writer typed, so pasted HTML is
 * shown as text and never becomes markup; only {@code http}, {@code https} and {@code mailto} links
 * are made (a {@code javascript:} link is shown as its words alone); and the result goes through an
 * allow-list sanitiser as a second line of defence.
 */
final class ReportText {

    /** What a chapter may hold: 100,000 characters in one part is a long chapter, not an attack. */
    static final int MAX_LENGTH = 200_000;

    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,3}[.)]\\s+(.*)$");
    private static final Pattern INLINE = Pattern.compile(
            "!\\[([^\\]]*)\\]\\(([^)\\s]*)\\)|\\[([^\\]]+)\\]\\(([^)\\s]+)\\)|(https?://[^\\s<>\"]+[^\\s<>\".,;:!?)])");
    private static final Pattern SAFE_LINK = Pattern.compile("^(https?://|mailto:)[^\\s]+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SAFE_IMAGE = Pattern.compile("^(/[^\\s]*|https://[^\\s]+)$");

    private static final Safelist ALLOWED = new Safelist()
            .addTags("h2", "h3", "p", "ul", "ol", "li", "a", "div", "img", "br")
            .addAttributes("a", "href", "class")
            .addAttributes(":all", "class")
            .addAttributes("img", "src", "alt")
            .addProtocols("a", "href", "http", "https", "mailto")
            .preserveRelativeLinks(true);

    private ReportText() {
    }

    sealed interface Block permits Heading, Paragraph, ListBlock, Inset {
    }

    record Heading(int level, String text) implements Block {
    }

    record Paragraph(String text) implements Block {
    }

    record ListBlock(boolean numbered, List<String> items) implements Block {
    }

    record Inset(String text) implements Block {
    }

    /** The blocks of a text, in order. */
    static List<Block> parse(String text) {
        var blocks = new ArrayList<Block>();
        var paragraph = new ArrayList<String>();
        ListBlock list = null;
        var inset = new ArrayList<String>();
        for (String raw : (text == null ? "" : text).replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String line = raw.strip();
            Block single = null;
            String bullet = null;
            String numbered = null;
            String insetLine = null;
            if (line.startsWith("## ")) single = new Heading(3, line.substring(3).strip());
            else if (line.startsWith("# ")) single = new Heading(2, line.substring(2).strip());
            else if (line.startsWith("* ") || line.startsWith("- ") || line.startsWith("• ")) bullet = line.substring(2).strip();
            else if (line.startsWith("^")) insetLine = line.substring(1).strip();
            else {
                Matcher m = NUMBERED.matcher(line);
                if (m.matches()) numbered = m.group(1).strip();
            }
            boolean listLine = bullet != null || numbered != null;
            if (!paragraph.isEmpty() && (line.isEmpty() || single != null || listLine || insetLine != null)) {
                blocks.add(new Paragraph(String.join(" ", paragraph)));
                paragraph.clear();
            }
            if (list != null && (!listLine || list.numbered() != (numbered != null))) {
                blocks.add(list);
                list = null;
            }
            if (!inset.isEmpty() && insetLine == null) {
                blocks.add(new Inset(String.join(" ", inset)));
                inset.clear();
            }
            if (single != null) blocks.add(single);
            else if (listLine) {
                if (list == null) list = new ListBlock(numbered != null, new ArrayList<>());
                list.items().add(numbered != null ? numbered : bullet);
            } else if (insetLine != null) {
                if (!insetLine.isEmpty()) inset.add(insetLine);
            } else if (!line.isEmpty()) paragraph.add(line);
        }
        if (!paragraph.isEmpty()) blocks.add(new Paragraph(String.join(" ", paragraph)));
        if (list != null) blocks.add(list);
        if (!inset.isEmpty()) blocks.add(new Inset(String.join(" ", inset)));
        return blocks.stream().filter(b -> !(b instanceof Heading h) || !h.text().isEmpty()).toList();
    }

    /** The text as sanitised HTML with GOV.UK classes; headings start at h2 (the chapter's title is the page's h1). */
    static String toHtml(String text) {
        var html = new StringBuilder();
        for (Block b : parse(text)) {
            switch (b) {
                case Heading h -> html.append(h.level() == 2 ? "<h2 class=\"govuk-heading-m\">" : "<h3 class=\"govuk-heading-s\">")
                        .append(inline(h.text())).append(h.level() == 2 ? "</h2>" : "</h3>");
                case Paragraph p -> html.append("<p class=\"govuk-body\">").append(inline(p.text())).append("</p>");
                case Inset i -> html.append("<div class=\"govuk-inset-text\">").append(inline(i.text())).append("</div>");
                case ListBlock l -> {
                    html.append(l.numbered() ? "<ol class=\"govuk-list govuk-list--number\">" : "<ul class=\"govuk-list govuk-list--bullet\">");
                    l.items().forEach(item -> html.append("<li>").append(inline(item)).append("</li>"));
                    html.append(l.numbered() ? "</ol>" : "</ul>");
                }
            }
        }
        return sanitise(html.toString());
    }

    /** Allow-list sanitising: anything not made by {@link #toHtml} (scripts, styles, event handlers, other schemes) goes. */
    static String sanitise(String html) {
        var settings = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, "https://lantern.invalid", ALLOWED, settings);
    }

    /** What is wrong with the text, each problem in words a writer can act on; empty when it can be saved. */
    static List<String> problems(String text) {
        var problems = new ArrayList<String>();
        if (text != null && text.length() > MAX_LENGTH) {
            problems.add("The text must be " + String.format("%,d", MAX_LENGTH) + " characters or fewer");
            return problems;
        }
        String[] lines = (text == null ? "" : text).split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = INLINE.matcher(lines[i]);
            while (m.find()) {
                if (m.group(2) == null) continue;
                if (m.group(1).isBlank()) {
                    problems.add("The image on line " + (i + 1) + " has no text alternative: write what it shows between ![ and ]");
                } else if (!SAFE_IMAGE.matcher(m.group(2)).matches()) {
                    problems.add("The image on line " + (i + 1) + " must be an address starting / or https://");
                }
            }
        }
        return problems;
    }

    /** The words a reader reads, without the formatting: for the reading age and word counts. */
    static String plain(String text) {
        var words = new StringBuilder();
        for (Block b : parse(text)) {
            String t = switch (b) {
                case Heading h -> h.text() + ".";
                case Paragraph p -> p.text();
                case Inset i -> i.text();
                case ListBlock l -> String.join(". ", l.items()) + ".";
            };
            Matcher m = INLINE.matcher(t);
            var sb = new StringBuilder();
            while (m.find()) {
                String replacement = m.group(2) != null ? "" : m.group(3) != null ? m.group(3) : "";
                m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(sb);
            words.append(sb).append('\n');
        }
        return words.toString();
    }

    private static String inline(String text) {
        var html = new StringBuilder();
        Matcher m = INLINE.matcher(text);
        int at = 0;
        while (m.find()) {
            html.append(escape(text.substring(at, m.start())));
            if (m.group(2) != null) {
                String alt = m.group(1).strip();
                String src = m.group(2);
                if (!alt.isEmpty() && SAFE_IMAGE.matcher(src).matches()) {
                    html.append("<img src=\"").append(escape(src)).append("\" alt=\"").append(escape(alt)).append("\">");
                } else {
                    html.append(escape(alt));
                }
            } else if (m.group(3) != null) {
                String href = m.group(4);
                if (SAFE_LINK.matcher(href).matches()) {
                    html.append("<a class=\"govuk-link\" href=\"").append(escape(href)).append("\">").append(escape(m.group(3))).append("</a>");
                } else {
                    html.append(escape(m.group(3)));
                }
            } else {
                String href = m.group(5);
                html.append("<a class=\"govuk-link\" href=\"").append(escape(href)).append("\">").append(escape(href)).append("</a>");
            }
            at = m.end();
        }
        html.append(escape(text.substring(at)));
        return html.toString();
    }

    static String escape(String s) {
        var out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
