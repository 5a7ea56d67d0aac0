package app.lantern.reviews;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import app.lantern.actions.ActionStatus;
import app.lantern.actions.ActionTracker;
import app.lantern.shared.Figure;
import app.lantern.shared.FigureBlock;
import app.lantern.shared.RecordLink;
import app.lantern.shared.ReportingYear;
import app.lantern.shared.YearlyFacts;

/**
 * What the reviews module offers the yearly report: three blocks of figures for a reporting year,
 * each figure linked to the records it counts. The figures mean what the module's pages show:
 * <ul>
 * <li>"Serious incidents and rapid reviews": a step is counted in the year its deadline falls in
 * (notifiable incidents whose panel notification was due in the year; rapid reviews due to reach the
 * panel in the year), on time (done by the deadline) or late (done after it, or not done and past it
 * as at today). A percentage on time is of those on time or late, and is left out while none is;</li>
 * <li>"Case reviews": decided on (commissioned) and published in the year, recommendations made in
 * the year, their tracker actions, and of those the completed ones as they stand today;</li>
 * <li>"Learning": 7-minute briefings published, learning events held and their recorded attendance,
 * and learning points identified in the year, by theme.</li>
 * </ul>
 */
@Component
class ReviewYearlyFacts implements YearlyFacts {

    static final String INCIDENTS = "Serious incidents and rapid reviews";
    static final String CASE_REVIEWS = "Case reviews";
    static final String LEARNING = "Learning";

    private final IncidentService incidents;
    private final IncidentFigures incidentFigures;
    private final RapidReviewService rapidReviews;
    private final CaseReviewStore caseReviewStore;
    private final ActionTracker tracker;
    private final LearningService learning;
    private final BriefingService briefings;

    ReviewYearlyFacts(IncidentService incidents, IncidentFigures incidentFigures, RapidReviewService rapidReviews, CaseReviewStore caseReviewStore,
            ActionTracker tracker, LearningService learning, BriefingService briefings) {
        this.incidents = incidents;
        this.incidentFigures = incidentFigures;
        this.rapidReviews = rapidReviews;
        this.caseReviewStore = caseReviewStore;
        this.tracker = tracker;
        this.learning = learning;
        this.briefings = briefings;
    }

    @Override
    @Transactional(readOnly = true)
    public List<FigureBlock> factsFor(ReportingYear year) {
        return List.of(incidents(year), caseReviews(year), learning(year));
    }

    FigureBlock incidents(ReportingYear year) {
        var f = incidentFigures.forYear(year);
        var notificationRefs = incidents.references(f.notifications());
        Function<List<Long>, List<RecordLink>> notifications = ids -> links(ids, notificationRefs, "/reviews/notifications/");
        var reviewRefs = rapidReviews.references(f.rapidReviews());
        Function<List<Long>, List<RecordLink>> reviews = ids -> links(ids, reviewRefs, "/reviews/rapid/");
        var figures = new ArrayList<Figure>();
        figures.add(Figure.count("incidents.notifications", "Notifiable incidents whose panel notification was due in the year",
                notifications.apply(f.notifications())));
        figures.add(Figure.count("incidents.notified-on-time", "Notified to the panel on time", notifications.apply(f.notifiedOnTime())));
        figures.add(Figure.count("incidents.notified-late", "Notified to the panel late, or not notified and past due",
                notifications.apply(f.notifiedLate())));
        var notifiedPercent = f.notificationsOnTimePercent();
        if (notifiedPercent != null) {
            figures.add(Figure.percent("incidents.notified-on-time-percent", "Notifications made on time, of those on time or late",
                    notifiedPercent, notifications.apply(f.notifiedOnTime())));
        }
        figures.add(Figure.count("incidents.rapid-reviews", "Rapid reviews due to reach the panel in the year", reviews.apply(f.rapidReviews())));
        figures.add(Figure.count("incidents.rapid-reviews-on-time", "Rapid reviews sent to the panel on time",
                reviews.apply(f.rapidReviewsOnTime())));
        figures.add(Figure.count("incidents.rapid-reviews-late", "Rapid reviews sent to the panel late, or not sent and past due",
                reviews.apply(f.rapidReviewsLate())));
        var reviewsPercent = f.rapidReviewsOnTimePercent();
        if (reviewsPercent != null) {
            figures.add(Figure.percent("incidents.rapid-reviews-on-time-percent", "Rapid reviews sent on time, of those on time or late",
                    reviewsPercent, reviews.apply(f.rapidReviewsOnTime())));
        }
        for (var decision : RapidReviewDecision.values()) {
            figures.add(Figure.count("incidents.decision." + decision.name(), "Rapid reviews that decided: " + decision.label(),
                    reviews.apply(f.decided(decision))));
        }
        return new FigureBlock(INCIDENTS, year, figures);
    }

    FigureBlock caseReviews(ReportingYear year) {
        var f = caseReviewFacts(year);
        var byId = new HashMap<Long, CaseReview>();
        for (var r : caseReviewStore.all()) byId.put(r.id(), r);
        Function<List<Long>, List<RecordLink>> reviews = ids -> ids.stream()
                .map(id -> new RecordLink(byId.get(id).reference() + " " + byId.get(id).title(), byId.get(id).path())).toList();
        var recommendations = new ArrayList<RecordLink>();
        var actionLinks = new HashMap<Long, RecordLink>();
        for (var rec : caseReviewStore.recommendationsMadeBetween(year.start(), year.end())) {
            var review = byId.get(rec.reviewId());
            String name = review.reference() + " recommendation " + rec.number();
            recommendations.add(new RecordLink(name, review.path() + "#recommendations"));
            actionLinks.put(rec.actionId(), new RecordLink("Action for " + name, "/actions/" + rec.actionId()));
        }
        Function<List<Long>, List<RecordLink>> actions = ids -> ids.stream().map(actionLinks::get).toList();
        return new FigureBlock(CASE_REVIEWS, year, List.of(
                Figure.count("case-reviews.commissioned", "Case reviews decided on in the year", reviews.apply(f.commissioned())),
                Figure.count("case-reviews.published", "Case reviews published in the year", reviews.apply(f.published())),
                Figure.count("case-reviews.recommendations", "Recommendations made in the year", recommendations),
                Figure.count("case-reviews.recommendation-actions", "Actions raised from those recommendations",
                        actions.apply(f.recommendationActions())),
                Figure.count("case-reviews.actions-completed", "Of those actions, completed", actions.apply(f.completedActions())),
                Figure.percent("case-reviews.actions-completed-percent", "Recommendations' actions completed (0% when there are none)",
                        f.percentActionsComplete(), actions.apply(f.completedActions()))));
    }

    /** The year's case review figures, each with the ids it counts; actions' progress as the tracker has it today. */
    CaseReviewFacts caseReviewFacts(ReportingYear year) {
        var commissioned = caseReviewStore.decidedBetween(year.start(), year.end()).stream().map(CaseReview::id).toList();
        var published = caseReviewStore.publishedBetween(year.start(), year.end()).stream().map(CaseReview::id).toList();
        var recommendations = caseReviewStore.recommendationsMadeBetween(year.start(), year.end());
        var sources = new HashSet<String>();
        for (var rec : recommendations) sources.add(CaseReviewService.sourceId(rec.reviewId()));
        var statusOf = new HashMap<Long, ActionStatus>();
        tracker.actionsOf(ReviewActionSources.CASE_REVIEW, sources).values().forEach(list -> list.forEach(a -> statusOf.put(a.id(), a.status())));
        var actionIds = recommendations.stream().map(Recommendation::actionId).toList();
        var completed = actionIds.stream().filter(a -> statusOf.get(a) == ActionStatus.COMPLETED).toList();
        return new CaseReviewFacts(year, commissioned, published, recommendations.stream().map(Recommendation::id).toList(),
                actionIds, completed);
    }

    FigureBlock learning(ReportingYear year) {
        var f = learning.learningFacts(year);
        var briefingLinks = f.briefingsPublished().stream().map(id -> briefings.find(id).orElseThrow())
                .map(b -> new RecordLink(b.title(), "/briefings/" + b.slug())).toList();
        var events = new HashMap<Long, LearningService.EventRecord>();
        for (var e : learning.events(year)) events.put(e.id(), e);
        Function<List<Long>, List<RecordLink>> eventLinks = ids -> ids.stream()
                .map(id -> new RecordLink(events.get(id).details().title(), "/learning/events")).toList();
        var points = new HashMap<Long, LearningService.PointRecord>();
        for (var p : learning.points(year, null)) points.put(p.id(), p);
        var figures = new ArrayList<Figure>();
        figures.add(Figure.count("learning.briefings-published", "7-minute briefings published in the year", briefingLinks));
        figures.add(Figure.count("learning.events-held", "Learning events held in the year", eventLinks.apply(f.eventsHeld())));
        figures.add(new Figure("learning.attended", "People who attended them (where attendance was recorded)",
                BigDecimal.valueOf(f.totalAttended()), Figure.Unit.COUNT, eventLinks.apply(f.eventsWithAttendance())));
        figures.add(Figure.count("learning.points", "Learning points identified in the year",
                f.learningPoints().stream().map(id -> pointLink(points.get(id), year)).toList()));
        for (var e : f.pointsByTheme().entrySet()) {
            figures.add(Figure.count("learning.points." + e.getKey().name(), "Learning points on the theme " + e.getKey().label(),
                    e.getValue().stream().map(id -> pointLink(points.get(id), year)).toList()));
        }
        return new FigureBlock(LEARNING, year, figures);
    }

    private static RecordLink pointLink(LearningService.PointRecord p, ReportingYear year) {
        return new RecordLink(p.details().text(), "/learning/points?year=" + year.slug() + "&theme=" + p.details().theme().name());
    }

    private static List<RecordLink> links(List<Long> ids, Map<Long, String> references, String pathPrefix) {
        return ids.stream().map(id -> new RecordLink(references.getOrDefault(id, "#" + id), pathPrefix + id)).toList();
    }
}
