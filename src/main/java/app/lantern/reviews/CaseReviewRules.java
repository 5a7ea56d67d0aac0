package app.lantern.reviews;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;

import app.lantern.shared.TimescaleRule;
import app.lantern.shared.WorkingDays;

/** The date rules of a case review, kept free of the database so they can be tested on their own. */
final class CaseReviewRules {

    private CaseReviewRules() {
    }

    /** Publication is planned the type's number of months after the decision. */
    static LocalDate plannedPublication(LocalDate decision, int months) {
        return decision.plusMonths(months);
    }

    /**
     * The due date of every standard step, for a decision and a planned publication date. The
     * report to the panel and the Secretary of State is due by {@code reportRule} counted back
     * from publication, on the working-day calendar.
     */
    static Map<MilestonePlan, LocalDate> plan(LocalDate decision, LocalDate publication, WorkingDays days, TimescaleRule reportRule) {
        var due = new EnumMap<MilestonePlan, LocalDate>(MilestonePlan.class);
        long span = ChronoUnit.DAYS.between(decision, publication);
        for (var m : MilestonePlan.values()) {
            if (m.sixths() > 0) due.put(m, decision.plusDays(span * m.sixths() / 6));
        }
        due.put(MilestonePlan.REPORT_TO_PANEL, reportDue(publication, days, reportRule));
        due.put(MilestonePlan.PUBLICATION, publication);
        return due;
    }

    /** The last day the final report may go to the panel and Secretary of State for publication on {@code publication}. */
    static LocalDate reportDue(LocalDate publication, WorkingDays days, TimescaleRule reportRule) {
        return days.deadline(reportRule, publication);
    }

    /**
     * Whether the report went to the panel and Secretary of State too late: after its deadline
     * {@code reportDue}; false when either date is missing.
     */
    static boolean sentLate(LocalDate sent, LocalDate reportDue) {
        return sent != null && reportDue != null && sent.isAfter(reportDue);
    }

    /** A step is overdue when it is not done and its due date has passed. */
    static boolean overdue(LocalDate due, LocalDate doneOn, LocalDate today) {
        return doneOn == null && due.isBefore(today);
    }

    /**
     * In progress until published; closed once published with none of its recommendations'
     * actions still open.
     */
    static CaseReviewStatus status(LocalDate publishedOn, int openRecommendationActions) {
        if (publishedOn == null) return CaseReviewStatus.IN_PROGRESS;
        return openRecommendationActions == 0 ? CaseReviewStatus.CLOSED : CaseReviewStatus.PUBLISHED;
    }

    /** Percentage, rounded half up; 0 when there is nothing to count. */
    static int percent(int part, int whole) {
        return app.lantern.shared.Percent.of(part, whole);
    }

    /** The reference for the {@code n}th review decided in {@code year}: CR-2023-01. */
    static String reference(int year, int n) {
        return "CR-" + year + "-" + (n < 10 ? "0" + n : String.valueOf(n));
    }
}
