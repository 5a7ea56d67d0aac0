package app.lantern.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import app.lantern.shared.ReportingYear;

class ReportChecklistTest {

    static final Report REPORT = new Report(1, new ReportingYear(2025), new Report.Leads(1L, 2L, 3L), 4, "We kept you safe.",
            Instant.EPOCH, 0);
    static final Chapter FUNDING = new Chapter(10, 1, 1, "Funding and resourcing", 0);
    static final Chapter HIGHLIGHTS = new Chapter(11, 1, 2, "Highlights of the year", 0);
    static final Chapter EMPTY = new Chapter(12, 1, 3, "Communication", 0);

    static Part part(long chapter, Part.Kind kind, String body, String changed, String block, Set<ChecklistItem> covers) {
        return new Part(chapter * 10, chapter, 1, kind, body, "Title", null, changed, "Youth council", true, block, "1",
                "ONS", LocalDate.of(2025, 6, 30), covers, false, 0);
    }

    @Test
    void theBudgetBlockCoversFundingAndAnEmptyChapterIsWarnedAbout() {
        var result = ReportChecklist.check(REPORT, List.of(FUNDING, HIGHLIGHTS, EMPTY),
                Map.of(10L, List.of(part(10, Part.Kind.FIGURES, "", null, "Budget", Set.of())),
                        11L, List.of(part(11, Part.Kind.NARRATIVE, "A busy year.", null, null, Set.of()))), 0);
        assertThat(line(result, ChecklistItem.FUNDING).met()).isTrue();
        assertThat(line(result, ChecklistItem.FUNDING).where()).isEqualTo("Covered in chapter 1: Funding and resourcing");
        assertThat(line(result, ChecklistItem.IMPACT).met()).isFalse();
        assertThat(line(result, ChecklistItem.IMPACT).href()).isEqualTo("/yearly-report/2025-26/chapters/11");
        assertThat(result.warnings()).extracting(ReportChecklist.Line::label).containsExactly("Chapter 3, Communication, is empty");
    }

    @Test
    void activityAloneIsNotImpactButACaseStudyThatSaysWhatChangedIs() {
        var activity = ReportChecklist.check(REPORT, List.of(HIGHLIGHTS),
                Map.of(11L, List.of(part(11, Part.Kind.CASE_STUDY, "We held 40 meetings.", " ", null, Set.of()))), 0);
        assertThat(line(activity, ChecklistItem.IMPACT).met()).isFalse();
        var impact = ReportChecklist.check(REPORT, List.of(HIGHLIGHTS),
                Map.of(11L, List.of(part(11, Part.Kind.CASE_STUDY, "Sam's story.", "Sam moved to a school that knows him.", null, Set.of()))), 0);
        assertThat(line(impact, ChecklistItem.IMPACT).met()).isTrue();
        assertThat(line(impact, ChecklistItem.VOICE).met()).isFalse();
    }

    @Test
    void aMarkedPartCountsOnlyWhenItSaysSomething() {
        var blank = ReportChecklist.check(REPORT, List.of(HIGHLIGHTS),
                Map.of(11L, List.of(part(11, Part.Kind.NARRATIVE, "  ", null, null, Set.of(ChecklistItem.SCRUTINY)))), 0);
        assertThat(line(blank, ChecklistItem.SCRUTINY).met()).isFalse();
        var written = ReportChecklist.check(REPORT, List.of(HIGHLIGHTS),
                Map.of(11L, List.of(part(11, Part.Kind.NARRATIVE, "The scrutineer found…", null, null, Set.of(ChecklistItem.SCRUTINY)))), 0);
        assertThat(line(written, ChecklistItem.SCRUTINY).met()).isTrue();
    }

    @Test
    void unnamedLeadsMissingSummaryAndOpenCommentsAreWarnings() {
        var report = new Report(1, new ReportingYear(2025), new Report.Leads(1L, null, 3L), 1, "", Instant.EPOCH, 0);
        var result = ReportChecklist.check(report, List.of(), Map.of(), 2);
        assertThat(result.warnings()).extracting(ReportChecklist.Line::label).containsExactly(
                "Name the three lead safeguarding partners who sign the report off",
                "Write the summary for children and families",
                "2 comments are not resolved");
        assertThat(result.outstanding()).isEqualTo(ChecklistItem.values().length + 3);
    }

    @Test
    void everyItemNamesItsStatutoryText() {
        for (var item : ChecklistItem.values()) assertThat(item.source()).startsWith("Working Together to Safeguard Children");
    }

    private static ReportChecklist.Line line(ReportChecklist.Result result, ChecklistItem item) {
        return result.items().stream().filter(l -> l.label().equals(item.label())).findFirst().orElseThrow();
    }
}
