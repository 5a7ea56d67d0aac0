package app.lantern.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.lantern.shared.Figure;
import app.lantern.shared.Rag;
import app.lantern.shared.RecordLink;
import app.lantern.shared.ReportingYear;

/**
 * The yearly figures are taken at the year's end: an action finished after the year counts as
 * still open then (with any override it had), one due on the year's last day and still open is
 * overdue, and every registered source kind has a figure, even with no actions.
 */
class ActionYearFiguresTest {

    static final ReportingYear YEAR = ReportingYear.parse("2025-26");
    static final SourceKind PLAN = new SourceKind("BUSINESS_PLAN", "Business plan");
    static final SourceKind CASE_REVIEW = new SourceKind("CASE_REVIEW", "Case review");
    static final SourceKind INSPECTION = new SourceKind("INSPECTION", "Inspection");
    /** A kind no module registers any more: its old actions still count. */
    static final SourceKind RETIRED = new SourceKind("RETIRED_KIND", "Retired kind");

    static ActionRecord action(long id, SourceKind kind, LocalDate due, ActionStatus status, LocalDate finishedOn, Rag override) {
        return new ActionRecord(id, "Action " + id, null, kind, "s" + id, "Source " + id, null, 1L, null, due, status,
                status == ActionStatus.CLOSED ? "No longer needed" : null, finishedOn, override, override == null ? null : "Why",
                null, null, null, OffsetDateTime.of(2025, 4, 1, 9, 0, 0, 0, ZoneOffset.UTC), null, 0);
    }

    static RecordLink link(long id) {
        return new RecordLink(ActionReference.of(id) + ": Action " + id, "/actions/" + id);
    }

    static final List<ActionRecord> LIVE = List.of(
            action(1, PLAN, LocalDate.of(2025, 7, 1), ActionStatus.COMPLETED, LocalDate.of(2025, 6, 1), null),
            // due on the year's last day and still open: overdue at its end
            action(2, PLAN, LocalDate.of(2026, 3, 31), ActionStatus.IN_PROGRESS, null, null),
            action(3, PLAN, LocalDate.of(2026, 3, 1), ActionStatus.NOT_STARTED, null, null),
            // completed after the year: open and overdue at its end
            action(4, CASE_REVIEW, LocalDate.of(2026, 2, 1), ActionStatus.COMPLETED, LocalDate.of(2026, 5, 1), null),
            action(5, CASE_REVIEW, LocalDate.of(2026, 1, 1), ActionStatus.CLOSED, LocalDate.of(2025, 9, 1), null),
            action(6, CASE_REVIEW, LocalDate.of(2026, 12, 1), ActionStatus.IN_PROGRESS, null, Rag.AMBER),
            // finished after the year, so its override still stood at the year's end
            action(7, RETIRED, LocalDate.of(2026, 6, 1), ActionStatus.COMPLETED, LocalDate.of(2026, 4, 20), Rag.GREEN));

    @Test
    void each_figure_counts_and_links_the_actions_as_they_were_at_the_years_end() {
        var block = ActionYearFigures.of(YEAR, LIVE, List.of(PLAN, CASE_REVIEW, INSPECTION));

        assertThat(block.title()).isEqualTo("Actions");
        assertThat(block.year()).isEqualTo(YEAR);
        assertThat(block.figures()).extracting(Figure::key).containsExactly(
                "actions.live", "actions.completed", "actions.overdue", "actions.percent-completed",
                "actions.rag.red", "actions.rag.amber", "actions.rag.green", "actions.rag.blue",
                "actions.source.business_plan", "actions.source.case_review", "actions.source.inspection", "actions.source.retired_kind");
        assertThat(block.figures()).extracting(Figure::display).containsExactly(
                "7", "1", "3", "14%",
                "4", "1", "1", "1",
                "3", "3", "0", "1");
        assertThat(block.figure("actions.live").records()).containsExactly(link(1), link(2), link(3), link(4), link(5), link(6), link(7));
        assertThat(block.figure("actions.completed").records()).containsExactly(link(1));
        assertThat(block.figure("actions.overdue").records()).containsExactly(link(2), link(3), link(4));
        assertThat(block.figure("actions.percent-completed").records()).containsExactly(link(1));
        assertThat(block.figure("actions.rag.red").records()).containsExactly(link(2), link(3), link(4), link(5));
        assertThat(block.figure("actions.rag.amber").records()).containsExactly(link(6));
        assertThat(block.figure("actions.rag.green").records()).containsExactly(link(7));
        assertThat(block.figure("actions.rag.blue").records()).containsExactly(link(1));
        assertThat(block.figure("actions.source.retired_kind").label()).isEqualTo("From Retired kind");
        assertThat(block.figure("actions.rag.red").label()).isEqualTo("Rated Red at the year's end");
    }

    @Test
    void a_year_with_no_actions_has_every_figure_at_zero() {
        var block = ActionYearFigures.of(YEAR, List.of(), List.of(PLAN));

        assertThat(block.figures()).extracting(Figure::display)
                .containsExactly("0", "0", "0", "0%", "0", "0", "0", "0", "0");
    }
}
