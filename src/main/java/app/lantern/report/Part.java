package app.lantern.report;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import app.lantern.shared.Labelled;

/**
 * One piece of a chapter, in the order the writer puts them. Which fields a part uses depends on
 * its kind: narrative text; a module's live figure block; a case study; the voice of children and
 * families; a context figure from outside Lantern.
 */
record Part(long id, long chapterId, int position, Kind kind, String body, String title, String agencies, String changed,
        String heardWhere, Boolean consent, String block, String value, String source, LocalDate asOf, Set<ChecklistItem> covers,
        boolean standing, long version) {

    Part {
        covers = covers == null || covers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(covers));
    }

    enum Kind implements Labelled {
        NARRATIVE("Text"),
        FIGURES("Live figures"),
        CASE_STUDY("Case study"),
        VOICE("Voice of children and families"),
        CONTEXT("Context figure");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** Whether the part says anything yet: the checklist warns about empty chapters. */
    boolean hasContent() {
        return switch (kind) {
            case NARRATIVE -> body != null && !body.isBlank();
            case FIGURES -> block != null;
            case CASE_STUDY, VOICE -> body != null && !body.isBlank();
            case CONTEXT -> value != null && !value.isBlank();
        };
    }

    /** The words of the part that readers read, for the reading age and the checklist. */
    String words() {
        return switch (kind) {
            case NARRATIVE -> ReportText.plain(body);
            case CASE_STUDY -> String.join("\n", nz(title) + ".", ReportText.plain(body), nz(changed));
            case VOICE -> String.join("\n", ReportText.plain(body), nz(changed));
            case FIGURES, CONTEXT -> "";
        };
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The checklist items as stored: their codes, comma-separated, in the checklist's order. */
    static String codes(Set<ChecklistItem> items) {
        return items.isEmpty() ? "" : EnumSet.copyOf(items).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<ChecklistItem> items(String codes) {
        if (codes == null || codes.isBlank()) return Set.of();
        return Arrays.stream(codes.split(",")).map(String::strip).filter(ChecklistItem::known).map(ChecklistItem::valueOf)
                .collect(Collectors.toUnmodifiableSet());
    }
}
