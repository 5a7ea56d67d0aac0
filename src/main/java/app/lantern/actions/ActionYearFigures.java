package app.lantern.actions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

import app.lantern.shared.Figure;
import app.lantern.shared.FigureBlock;
import app.lantern.shared.Percent;
import app.lantern.shared.Rag;
import app.lantern.shared.RecordLink;
import app.lantern.shared.ReportingYear;

/**
 * The tracker's figures for a reporting year, as at its last day, from the actions that were live
 * in it (raised on or before its last day and not completed or closed before its first): how many
 * were live, how many were completed in the year, how many were overdue at its end and what
 * percentage of the live ones were completed; then how many had each rating at the year's end,
 * and how many came from each kind of source. Each figure links the actions it counts.
 */
final class ActionYearFigures {

    static final String TITLE = "Actions";

    private ActionYearFigures() {
    }

    /**
     * @param live  the year's live actions, by id
     * @param kinds the registered source kinds, by label: each gets a figure even with no actions,
     *              so the report's figures are the same from year to year
     */
    static FigureBlock of(ReportingYear year, List<ActionRecord> live, List<SourceKind> kinds) {
        LocalDate end = year.end();
        // the rules ask about "today": the day after the year, so one due on its last day and still open was overdue at its end
        LocalDate dayAfter = end.plusDays(1);
        var all = new ArrayList<RecordLink>();
        var completed = new ArrayList<RecordLink>();
        var overdue = new ArrayList<RecordLink>();
        var byRag = new LinkedHashMap<Rag, List<RecordLink>>();
        for (var rag : Rag.values()) byRag.put(rag, new ArrayList<>());
        var bySource = new LinkedHashMap<SourceKind, List<RecordLink>>();
        for (var kind : kinds) bySource.put(kind, new ArrayList<>());
        for (var a : live) {
            var link = link(a);
            all.add(link);
            bySource.computeIfAbsent(a.sourceKind(), k -> new ArrayList<>()).add(link);
            boolean finishedByEnd = a.finishedOn() != null && !a.finishedOn().isAfter(end);
            if (a.status() == ActionStatus.COMPLETED && finishedByEnd) completed.add(link);
            // its status at the year's end: still open if it was finished after the year
            var statusThen = finishedByEnd ? a.status() : ActionStatus.IN_PROGRESS;
            if (ActionRules.overdue(statusThen, a.due(), dayAfter)) overdue.add(link);
            byRag.get(ActionRules.rag(statusThen, a.due(), dayAfter, finishedByEnd ? null : a.ragOverride())).add(link);
        }
        var figures = new ArrayList<Figure>();
        figures.add(Figure.count("actions.live", "Actions live in the year", all));
        figures.add(Figure.count("actions.completed", "Actions completed in the year", completed));
        figures.add(Figure.count("actions.overdue", "Actions overdue at the year's end", overdue));
        figures.add(Figure.percent("actions.percent-completed", "Live actions completed in the year",
                Percent.of(completed.size(), all.size()), completed));
        byRag.forEach((rag, links) -> figures.add(Figure.count("actions.rag." + rag.name().toLowerCase(Locale.ROOT),
                "Rated " + rag.label() + " at the year's end", links)));
        // kinds no module registers any more (their old actions still count) follow the registered ones
        bySource.forEach((kind, links) -> figures.add(Figure.count(sourceKey(kind), "From " + kind.label(), links)));
        return new FigureBlock(TITLE, year, figures);
    }

    static String sourceKey(SourceKind kind) {
        return "actions.source." + kind.code().toLowerCase(Locale.ROOT);
    }

    private static RecordLink link(ActionRecord a) {
        return new RecordLink(a.reference() + ": " + a.title(), ActionReference.path(a.id()));
    }
}
