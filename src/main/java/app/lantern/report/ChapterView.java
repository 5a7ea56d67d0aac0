package app.lantern.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A chapter ready to show, in the draft or frozen for publication: each part with its narrative
 * rendered and, for live figures, the block as it stands with last year's values.
 */
record ChapterView(Chapter chapter, List<PartView> parts, Readability readability) {

    record PartView(Part part, String html, String changedHtml, Optional<ReportFigures.BlockView> figures, Chart chart) {

        /** The part's position in its chapter, from 1, for its heading in the editor. */
        public int number() {
            return part.position();
        }
    }

    static ChapterView of(Chapter chapter, List<Part> parts, ReportFigures.Offered offered) {
        var views = new ArrayList<PartView>();
        var words = new StringBuilder();
        for (var p : parts) {
            String html = p.kind() == Part.Kind.NARRATIVE || p.kind() == Part.Kind.CASE_STUDY || p.kind() == Part.Kind.VOICE
                    ? ReportText.toHtml(p.body()) : "";
            String changed = p.changed() == null ? "" : ReportText.toHtml(p.changed());
            var figures = p.kind() == Part.Kind.FIGURES ? offered.view(p.block()) : Optional.<ReportFigures.BlockView>empty();
            views.add(new PartView(p, html, changed, figures, figures.flatMap(Chart::of).orElse(null)));
            words.append(p.words()).append('\n');
        }
        return new ChapterView(chapter, List.copyOf(views), Readability.of(words.toString()));
    }

    /** The chapter with only this part: the editor shows each part under its own controls. */
    public ChapterView only(PartView part) {
        return new ChapterView(chapter, List.of(part), readability);
    }
}
