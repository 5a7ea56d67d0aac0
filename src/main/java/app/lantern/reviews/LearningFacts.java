package app.lantern.reviews;

import java.util.List;
import java.util.Map;

import app.lantern.shared.ReportingYear;

/**
 * Learning in a reporting year, for the yearly report: 7-minute briefings published in the year,
 * learning events held in the year and how many attended them, and learning points identified in
 * the year by theme. Each figure carries the ids of the records it counts.
 *
 * @param eventsWithAttendance the events held in the year whose attendance has been recorded
 *                             (the ones {@code totalAttended} adds up)
 * @param pointsByTheme        every theme, in the theme order, with the ids of its points (empty if none)
 */
record LearningFacts(ReportingYear year, List<Long> briefingsPublished, List<Long> eventsHeld,
        List<Long> eventsWithAttendance, int totalAttended, Map<LearningTheme, List<Long>> pointsByTheme) {

    public int briefingsPublishedCount() {
        return briefingsPublished.size();
    }

    public int eventsHeldCount() {
        return eventsHeld.size();
    }

    public int learningPointsCount() {
        return pointsByTheme.values().stream().mapToInt(List::size).sum();
    }

    /** All the year's learning points' ids. */
    public List<Long> learningPoints() {
        return pointsByTheme.values().stream().flatMap(List::stream).sorted().toList();
    }
}
