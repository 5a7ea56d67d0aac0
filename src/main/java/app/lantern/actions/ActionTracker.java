package app.lantern.actions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.lantern.identity.ActivityAction;
import app.lantern.identity.ActivityLog;
import app.lantern.identity.OrganisationDirectory;
import app.lantern.identity.People;
import app.lantern.shared.FigureBlock;
import app.lantern.shared.ReportingYear;
import app.lantern.shared.WritesHistory;
import app.lantern.shared.YearlyFacts;

/**
 * The tracker's API for other modules: raise an action from a source, ask for the actions of a
 * source, carry a source's open actions forward, and read the year's figures. Access to the
 * tracker's own pages is decided in {@link ActionAccess}; callers of this API have already
 * decided the person may raise actions from their source.
 */
@Service
@Transactional(readOnly = true)
public class ActionTracker implements YearlyFacts {

    static final String RECORD_TYPE = "Action";

    private final ActionStore store;
    private final OrganisationDirectory organisations;
    private final People people;
    private final ActivityLog activity;
    private final ActionSources sources;
    private final Clock clock;

    ActionTracker(ActionStore store, OrganisationDirectory organisations, People people, ActivityLog activity, ActionSources sources,
            Clock clock) {
        this.store = store;
        this.sources = sources;
        this.organisations = organisations;
        this.people = people;
        this.activity = activity;
        this.clock = clock;
    }

    /**
     * Raises an action from a source and returns its id. The source's kind must be one a module
     * registered (an {@link ActionSource}) and the owner organisation must exist.
     * Due dates are not checked against today here: a source may record an action that was
     * agreed in the past (demo data, imports); the tracker's own form refuses past dates.
     */
    @Transactional
    public long raise(NewAction action) {
        requireRegistered(action.source().kind());
        if (organisations.nameOf(action.ownerOrganisationId()).isEmpty())
            throw new IllegalArgumentException("No organisation " + action.ownerOrganisationId());
        var actor = people.current();
        var now = OffsetDateTime.now(clock);
        long id = store.insert(action, now, actor.map(p -> p.id()).orElse(null));
        store.addEvent(id, now, actor.map(p -> p.id()).orElse(null), actor.map(p -> p.fullName()).orElse("Lantern"),
                "Raised", "From " + action.source().kind().label() + ": " + action.source().title());
        activity.recordChange(ActivityAction.CREATED, RECORD_TYPE, id, "Raised action " + ActionReference.of(id) + ": " + action.title(),
                null, action.title());
        return id;
    }

    /**
     * Records progress an action already had elsewhere, for sources and imports that bring actions
     * with their history (and for demo data): a new status on a day, with the update that explains it.
     * Closing without completion needs the reason as the update.
     */
    @Transactional
    @WritesHistory
    public void recordProgress(long id, ActionStatus status, LocalDate on, String update) {
        recordProgress(id, status, on, update, null);
    }

    /** As {@link #recordProgress(long, ActionStatus, LocalDate, String)}, written by the given person (null: the signed-in person, or Lantern). */
    @Transactional
    @WritesHistory
    public void recordProgress(long id, ActionStatus status, LocalDate on, String update, Long byPersonId) {
        var a = store.find(id).orElseThrow(() -> new IllegalArgumentException("No action " + id));
        if (status == ActionStatus.CLOSED && (update == null || update.isBlank()))
            throw new IllegalArgumentException("Closing an action needs a reason");
        var changed = a.withStatus(status, status == ActionStatus.CLOSED ? update : null, status.open() ? null : on);
        if (!store.update(changed, a.version())) throw new org.springframework.dao.OptimisticLockingFailureException("Action " + id + " changed");
        var at = on.atTime(9, 0).atZone(clock.getZone()).toOffsetDateTime();
        Long actorId = byPersonId != null ? byPersonId : people.current().map(p -> p.id()).orElse(null);
        String actorName = actorId == null ? "Lantern" : people.find(actorId).map(p -> p.fullName()).orElse("Lantern");
        if (update != null && !update.isBlank()) store.addUpdate(id, at, actorId, actorName, update.strip());
        if (status != a.status()) store.addEvent(id, at, actorId, actorName, "Status changed", a.status().label() + " → " + status.label());
        activity.recordChange(ActivityAction.CHANGED, RECORD_TYPE, id, "Recorded progress on " + ActionReference.of(id),
                a.status().label(), status.label());
    }

    /** Records the business unit's sign-off of a completed action, with the evidence of impact, as of a day (imports and demo data). */
    @Transactional
    @WritesHistory
    public void recordSignOff(long id, LocalDate on, long signedOffBy, String impact) {
        var a = store.find(id).orElseThrow(() -> new IllegalArgumentException("No action " + id));
        if (a.status() != ActionStatus.COMPLETED) throw new IllegalStateException("Only a completed action can be signed off");
        var at = on.atTime(16, 0).atZone(clock.getZone()).toOffsetDateTime();
        if (!store.update(a.withSignOff(at, signedOffBy, impact.strip()), a.version()))
            throw new org.springframework.dao.OptimisticLockingFailureException("Action " + id + " changed");
        String name = people.find(signedOffBy).map(p -> p.fullName()).orElse("Lantern");
        store.addEvent(id, at, signedOffBy, name, "Signed off", impact.strip());
        activity.recordChange(ActivityAction.CHANGED, RECORD_TYPE, id, "Signed off " + ActionReference.of(id), null, impact.strip());
    }

    /** The actions raised from one source, by due date. */
    public List<ActionSummary> actionsOf(SourceKind kind, String sourceId) {
        return actionsOf(kind, List.of(sourceId)).getOrDefault(sourceId, List.of());
    }

    /** The actions raised from several sources of one kind, keyed by source id, each list by due date. */
    public Map<String, List<ActionSummary>> actionsOf(SourceKind kind, Collection<String> sourceIds) {
        var rows = store.ofSources(kind, List.copyOf(new HashSet<>(sourceIds)));
        var names = organisations.namesOf(rows.stream().map(ActionRecord::ownerOrganisationId).toList());
        var bySource = new LinkedHashMap<String, List<ActionSummary>>();
        LocalDate today = today();
        for (var r : rows) bySource.computeIfAbsent(r.sourceId(), k -> new ArrayList<>()).add(r.summary(today, names));
        return bySource;
    }

    /**
     * Carries the open (not started or in progress) actions of one source over to another, e.g.
     * from last year's plan objective to this year's. Their history says so. Returns how many moved.
     */
    @Transactional
    public int carryForward(SourceReference from, SourceReference to) {
        requireRegistered(to.kind());
        var ids = store.openIdsOf(from);
        if (ids.isEmpty()) return 0;
        store.moveOpen(from, to);
        var actor = people.current();
        var now = OffsetDateTime.now(clock);
        for (long id : ids) {
            store.addEvent(id, now, actor.map(p -> p.id()).orElse(null), actor.map(p -> p.fullName()).orElse("Lantern"),
                    "Carried forward", from.title() + " → " + to.title());
            activity.recordChange(ActivityAction.CHANGED, RECORD_TYPE, id, "Carried action " + ActionReference.of(id) + " forward",
                    from.title(), to.title());
        }
        return ids.size();
    }

    /**
     * How many open actions are past their due date, across the partnership (null) or for one
     * organisation. Every action list and the home page show it, and counting 30,000 overdue
     * actions costs more than the rest of the page, so each count is kept for up to
     * {@value #COUNT_SECONDS} seconds and dropped as soon as this instance writes an action
     * (another instance's writes show within that time).
     */
    public long overdueCount(Long organisationId) {
        LocalDate today = today();
        long generation = store.generation();
        long now = System.nanoTime();
        long key = organisationId == null ? 0L : organisationId;
        var cached = overdueCounts.get(key);
        if (cached != null && cached.today().equals(today) && cached.generation() == generation && now - cached.at() < COUNT_NANOS)
            return cached.count();
        long count = store.overdueCount(organisationId, today);
        overdueCounts.put(key, new CachedCount(today, generation, now, count));
        return count;
    }

    static final int COUNT_SECONDS = 15;
    private static final long COUNT_NANOS = COUNT_SECONDS * 1_000_000_000L;
    private final java.util.concurrent.ConcurrentHashMap<Long, CachedCount> overdueCounts = new java.util.concurrent.ConcurrentHashMap<>();

    private record CachedCount(LocalDate today, long generation, long at, long count) {
    }

    /** The year's figures for the yearly report, as at the year's last day ({@link ActionYearFigures}). */
    @Override
    public List<FigureBlock> factsFor(ReportingYear year) {
        return List.of(ActionYearFigures.of(year, store.liveBetween(year.start(), year.end()), sources.all()));
    }

    private void requireRegistered(SourceKind kind) {
        if (sources.registered(kind.code()) == null)
            throw new IllegalArgumentException("No module registers the action source " + kind.code() + " (" + kind.label() + ")");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
