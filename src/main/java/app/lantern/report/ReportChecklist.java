package app.lantern.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The checklist before sign-off: what the draft still lacks. An item is covered by a part the
 * writer has marked as answering it (and that says something), by its live figure block where one
 * covers it, and for impact and voice by a case study or a voice of children and families that
 * records what changed: activity alone is not impact. Besides the items, the checklist warns about
 * empty chapters, open comments, lead partners not named and a missing summary for children.
 */
final class ReportChecklist {

    private ReportChecklist() {
    }

    /** One line of the checklist: met or not, what it is, where it is or should be covered. */
    record Line(String label, String source, boolean met, String where, String href) {
    }

    record Result(List<Line> items, List<Line> warnings) {

        public long outstanding() {
            return items.stream().filter(l -> !l.met()).count() + warnings.size();
        }
    }

    static Result check(Report report, List<Chapter> chapters, Map<Long, List<Part>> parts, long openComments) {
        var items = new ArrayList<Line>();
        for (var item : ChecklistItem.values()) {
            Chapter coveredIn = null;
            for (var chapter : chapters) {
                if (parts.getOrDefault(chapter.id(), List.of()).stream().anyMatch(p -> covers(p, item))) {
                    coveredIn = chapter;
                    break;
                }
            }
            if (coveredIn != null) {
                items.add(new Line(item.label(), item.source(), true, "Covered in chapter " + coveredIn.position() + ": " + coveredIn.title(),
                        chapterPath(report, coveredIn)));
            } else {
                var home = chapters.stream().filter(c -> c.title().equalsIgnoreCase(item.chapter())).findFirst();
                items.add(new Line(item.label(), item.source(), false, home
                        .map(c -> "Not covered yet: write it in chapter " + c.position() + ": " + c.title()
                                + " and mark the part as answering this item")
                        .orElse("Not covered yet: add a chapter or part for it and mark the part as answering this item"),
                        home.map(c -> chapterPath(report, c)).orElse(report.path() + "/chapters")));
            }
        }
        var warnings = new ArrayList<Line>();
        if (report.leads().localAuthority() == null || report.leads().police() == null || report.leads().icb() == null) {
            warnings.add(new Line("Name the three lead safeguarding partners who sign the report off", null, false,
                    "Report details", report.path() + "/details"));
        }
        for (var chapter : chapters) {
            if (parts.getOrDefault(chapter.id(), List.of()).stream().noneMatch(Part::hasContent)) {
                warnings.add(new Line("Chapter " + chapter.position() + ", " + chapter.title() + ", is empty", null, false,
                        "Write it or remove it", chapterPath(report, chapter)));
            }
        }
        if (ReportText.plain(report.childrenText()).isBlank()) {
            warnings.add(new Line("Write the summary for children and families", null, false, "Summary for children and families",
                    report.path() + "/details"));
        }
        if (openComments > 0) {
            warnings.add(new Line(openComments == 1 ? "1 comment is not resolved" : openComments + " comments are not resolved", null,
                    false, "Comments", report.path() + "#comments"));
        }
        return new Result(List.copyOf(items), List.copyOf(warnings));
    }

    static boolean covers(Part part, ChecklistItem item) {
        if (!part.hasContent()) return false;
        if (part.covers().contains(item)) return true;
        if (item.block() != null && part.kind() == Part.Kind.FIGURES && item.block().equals(part.block())) return true;
        boolean changedSomething = part.changed() != null && !part.changed().isBlank();
        return switch (item) {
            case IMPACT -> (part.kind() == Part.Kind.CASE_STUDY || part.kind() == Part.Kind.VOICE) && changedSomething;
            case VOICE -> part.kind() == Part.Kind.VOICE && changedSomething;
            default -> false;
        };
    }

    private static String chapterPath(Report report, Chapter chapter) {
        return report.path() + "/chapters/" + chapter.id();
    }
}
