package app.lantern.reviews;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.lantern.identity.ActivityAction;
import app.lantern.identity.ActivityLog;
import app.lantern.identity.CurrentPerson;
import app.lantern.shared.RecordNotFoundException;
import app.lantern.shared.ReportingYear;

/**
 * Learning events (and how many attended) and learning points, and the year's learning figures.
 * Any signed-in person may read them; only the business unit records them.
 */
@Service
public class LearningService {

    private final LearningStore store;
    private final ActivityLog activity;
    private final BriefingService briefings;
    private final ReviewAccess access;

    LearningService(LearningStore store, ActivityLog activity, BriefingService briefings, ReviewAccess access) {
        this.access = access;
        this.store = store;
        this.activity = activity;
        this.briefings = briefings;
    }

    record EventRecord(long id, LearningEventDetails details, String briefingTitle, String briefingSlug, long version) {
    }

    record PointRecord(long id, LearningPointDetails details, long version) {
    }

    /** The year's learning figures, each with the ids it counts. */
    @Transactional(readOnly = true)
    LearningFacts learningFacts(ReportingYear year) {
        var published = briefings.publishedBetween(year.start(), year.end());
        var events = events(year);
        var held = events.stream().map(EventRecord::id).toList();
        var withAttendance = events.stream().filter(e -> e.details().attended() != null).map(EventRecord::id).toList();
        int attended = events.stream().filter(e -> e.details().attended() != null).mapToInt(e -> e.details().attended()).sum();
        Map<LearningTheme, List<Long>> byTheme = new EnumMap<>(LearningTheme.class);
        for (var theme : LearningTheme.values()) byTheme.put(theme, new ArrayList<>());
        for (var p : points(year, null)) byTheme.get(p.details().theme()).add(p.id());
        var frozen = new LinkedHashMap<LearningTheme, List<Long>>();
        byTheme.forEach((k, v) -> frozen.put(k, v.stream().sorted().toList()));
        return new LearningFacts(year, published, held, withAttendance, attended, java.util.Collections.unmodifiableMap(frozen));
    }

    /** Reporting years with any learning recorded, newest first. */
    List<ReportingYear> yearsWithLearning() {
        return store.yearsWithLearning();
    }

    /** Events, newest first; in one reporting year when {@code year} is set. */
    List<EventRecord> events(ReportingYear year) {
        return store.events(year);
    }

    Optional<EventRecord> event(long id) {
        return store.event(id);
    }

    /** Records a learning event and returns its id. Only the business unit may. */
    @Transactional
    public long addEvent(LearningEventDetails d, CurrentPerson person) {
        access.requireManages(person, "record a learning event");
        long id = store.insertEvent(d);
        activity.recordChange(ActivityAction.CREATED, "learning event", id, "Learning event '" + d.title() + "'", null,
                describe(d));
        return id;
    }

    /** @throws OptimisticLockingFailureException when someone else changed it since {@code version} */
    @Transactional
    void updateEvent(long id, long version, LearningEventDetails d, CurrentPerson person) {
        access.requireManages(person, "change learning event " + id);
        var before = event(id).orElseThrow(RecordNotFoundException::new);
        if (!store.updateEvent(id, version, d)) {
            throw new OptimisticLockingFailureException("Learning event " + id + " changed since version " + version);
        }
        activity.recordChange(ActivityAction.CHANGED, "learning event", id, "Learning event '" + d.title() + "'",
                describe(before.details()), describe(d));
    }

    /** Points, newest first, in a year and of a theme when given. */
    List<PointRecord> points(ReportingYear year, LearningTheme theme) {
        return store.points(year, theme);
    }

    Optional<PointRecord> point(long id) {
        return store.point(id);
    }

    /** Records a learning point and returns its id. Only the business unit may. */
    @Transactional
    public long addPoint(LearningPointDetails d, CurrentPerson person) {
        access.requireManages(person, "record a learning point");
        long id = store.insertPoint(d);
        activity.recordChange(ActivityAction.CREATED, "learning point", id, "Learning point (" + d.theme().label() + ")", null,
                describe(d));
        return id;
    }

    /** @throws OptimisticLockingFailureException when someone else changed it since {@code version} */
    @Transactional
    void updatePoint(long id, long version, LearningPointDetails d, CurrentPerson person) {
        access.requireManages(person, "change learning point " + id);
        var before = point(id).orElseThrow(RecordNotFoundException::new);
        if (!store.updatePoint(id, version, d)) {
            throw new OptimisticLockingFailureException("Learning point " + id + " changed since version " + version);
        }
        activity.recordChange(ActivityAction.CHANGED, "learning point", id, "Learning point (" + d.theme().label() + ")",
                describe(before.details()), describe(d));
    }

    private static String describe(LearningEventDetails d) {
        return d.title() + "; " + d.heldOn() + "; " + d.format().label() + "; places " + (d.places() == null ? "not limited" : d.places())
                + "; attended " + (d.attended() == null ? "not recorded" : d.attended());
    }

    private static String describe(LearningPointDetails d) {
        return d.identifiedOn() + "; " + d.theme().label() + "; " + d.source().label() + " – " + d.sourceTitle() + "; " + d.text();
    }
}
