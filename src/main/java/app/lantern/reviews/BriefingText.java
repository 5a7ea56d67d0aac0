package app.lantern.reviews;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules for a briefing's words: the limits that keep a briefing to one printed page, how a
 * slug is made from a title, and how a section's plain text becomes paragraphs and bullet lists
 * (rendered as text, never as HTML).
 */
final class BriefingText {

    /** Longest title, in characters. */
    static final int MAX_TITLE = 120;
    /** Longest subject title, in characters. */
    static final int MAX_SUBJECT_TITLE = 200;
    /** Longest section, in characters (line breaks count as one). */
    static final int MAX_SECTION = 600;
    /** Most lines in a section: each line is a paragraph or a bullet, and each starts a new printed line. */
    static final int MAX_SECTION_LINES = 8;
    /** Longest slug; long titles are cut at a word. */
    static final int MAX_SLUG = 80;

    private BriefingText() {
    }

    /** A paragraph, or a bullet list (consecutive lines starting with "- ", "* " or "• "). */
    record Block(boolean list, List<String> lines) {
    }

    /** The text with Windows and old Mac line breaks made "\n", trailing spaces and blank edges removed. */
    static String normalise(String text) {
        if (text == null) return "";
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        var lines = new ArrayList<String>();
        for (String line : unified.split("\n", -1)) lines.add(line.stripTrailing());
        return String.join("\n", lines).strip();
    }

    /** Lines that are not blank. */
    static int lineCount(String text) {
        return (int) normalise(text).lines().filter(l -> !l.isBlank()).count();
    }

    /** The section as blocks: blank lines separate, each other line is a paragraph or a bullet. */
    static List<Block> blocks(String text) {
        var blocks = new ArrayList<Block>();
        List<String> bullets = null;
        for (String raw : normalise(text).split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                bullets = null;
                continue;
            }
            String item = bullet(line);
            if (item != null) {
                if (bullets == null) {
                    bullets = new ArrayList<>();
                    blocks.add(new Block(true, bullets));
                }
                bullets.add(item);
            } else {
                bullets = null;
                blocks.add(new Block(false, List.of(line)));
            }
        }
        return blocks.stream().map(b -> new Block(b.list(), List.copyOf(b.lines()))).toList();
    }

    private static String bullet(String line) {
        if (line.length() > 1 && (line.startsWith("- ") || line.startsWith("* ") || line.startsWith("• "))) {
            String item = line.substring(2).strip();
            return item.isEmpty() ? null : item;
        }
        return null;
    }

    /**
     * A slug made from a title: lower-case ASCII letters and digits in words joined by hyphens,
     * accents dropped, at most {@link #MAX_SLUG} characters cut at a word; "briefing" when
     * nothing is left.
     */
    static String slug(String title) {
        String plain = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .replace("&", " and ")
                .toLowerCase(Locale.ROOT);
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG);
            int cut = slug.lastIndexOf('-');
            if (cut > 0) slug = slug.substring(0, cut);
            slug = slug.replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "briefing" : slug;
    }

    /** The slug with a number added, for the second and later briefings with the same title. */
    static String numbered(String slug, int n) {
        return n <= 1 ? slug : slug + "-" + n;
    }

    /** Whether a path segment could be a slug at all (so hostile addresses are refused before any query). */
    static boolean plausibleSlug(String s) {
        return s != null && s.length() <= MAX_SLUG + 6 && s.matches("[a-z0-9]+(-[a-z0-9]+)*");
    }
}
