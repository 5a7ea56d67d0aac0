package app.lantern.actions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.lantern.actions.ActionStore.ActionEvent;
import app.lantern.actions.ActionStore.ActionUpdate;
import app.lantern.actions.ActionStore.Evidence;
import app.lantern.actions.ActionStore.EvidenceFile;
import app.lantern.identity.ActivityAction;
import app.lantern.identity.ActivityLog;
import app.lantern.identity.CurrentPerson;
import app.lantern.identity.OrganisationDirectory;
import app.lantern.identity.People;
import app.lantern.identity.PersonSummary;
import app.lantern.shared.PageOf;
import app.lantern.shared.Rag;
import app.lantern.shared.RecordNotFoundException;

/**
 * What people do on the tracker's own pages: list and read actions, raise them by hand, change
 * them, record progress, evidence and ratings, and sign them off. Who may do each is decided by
 * {@link ActionAccess}.
 */
@Service
@Transactional(readOnly = true)
class ActionService {

    static final int PAGE_SIZE = 25;

    private final ActionStore store;
    private final ActionTracker tracker;
    private final ActionAccess access;
    private final ActionSources sources;
    private final OrganisationDirectory organisations;
    private final People people;
    private final ActivityLog activity;
    private final Clock clock;

    ActionService(ActionStore store, ActionTracker tracker, ActionAccess access, ActionSources sources,
            OrganisationDirectory organisations, People people, ActivityLog activity, Clock clock) {
        this.store = store;
        this.tracker = tracker;
        this.access = access;
        this.sources = sources;
        this.organisations = organisations;
        this.people = people;
        this.activity = activity;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A page of the list; {@code more} when over {@value ActionStore#COUNT_CAP} match and the total shown is the cap. */
    record ListPage(PageOf<ActionSummary> found, boolean more) {
    }

    ListPage page(ActionFilter filter, int page) {
        LocalDate today = today();
        var result = store.page(filter, today, page, PAGE_SIZE);
        var found = result.page();
        var names = organisations.namesOf(found.items().stream().map(ActionRecord::ownerOrganisationId).toList());
        return new ListPage(new PageOf<>(found.items().stream().map(a -> a.summary(today, names)).toList(), found.page(),
                found.size(), found.total()), result.more());
    }

    /** The overdue count every list page shows (kept briefly: see {@link ActionTracker#overdueCount}). */
    long overdueCount(Long organisationId) {
        return tracker.overdueCount(organisationId);
    }

    ActionPage pageOf(long id, CurrentPerson who) {
        var a = access.readable(id);
        var ids = new HashSet<Long>();
        if (a.ownerPersonId() != null) ids.add(a.ownerPersonId());
        if (a.signedOffBy() != null) ids.add(a.signedOffBy());
        var named = people.byIds(ids);
        return new ActionPage(a, a.summary(today(), organisations.namesOf(List.of(a.ownerOrganisationId()))),
                a.ownerPersonId() == null ? null : named.get(a.ownerPersonId()),
                a.signedOffBy() == null ? null : named.get(a.signedOffBy()),
                sourceLink(a), store.updates(id), store.evidence(id), store.events(id),
                access.mayManage(who), access.mayUpdate(a, who), access.maySignOff(a, who));
    }

    /**
     * The source's page, only if the source lets this person open it: an agency lead who owns an
     * action raised by a restricted review sees the review named, not a link that would answer 404.
     */
    private String sourceLink(ActionRecord a) {
        return a.sourcePath() != null && sources.mayOpen(a.sourceKind(), a.sourceId()) ? a.sourcePath() : null;
    }

    @Transactional
    long create(ActionForm.Details d, CurrentPerson who) {
        access.requireManager(who, "raise an action");
        var source = new SourceReference(d.sourceKind(), "tracker", d.sourceTitle(), null);
        return tracker.raise(new NewAction(source, d.title(), d.description(), d.ownerOrganisationId(), d.ownerPersonId(), d.due()));
    }

    @Transactional
    void changeDetails(long id, long version, ActionForm.Details d, CurrentPerson who) {
        var a = access.manageable(id, who);
        var changed = a.withDetails(d.title(), d.description(), d.ownerOrganisationId(), d.ownerPersonId(), d.due());
        write(a, changed, version, who, "Details changed", describeChanges(a, changed));
    }

    @Transactional
    void recordProgress(long id, long version, ActionStatus status, String update, CurrentPerson who) {
        var a = access.updatable(id, who);
        var changed = a.withProgress(status, update.strip(), today());
        write(a, changed, version, who, status == a.status() ? "Progress update" : "Status changed",
                status == a.status() ? null : a.status().label() + " → " + status.label());
        store.addUpdate(id, OffsetDateTime.now(clock), who.id(), who.fullName(), update.strip());
    }

    @Transactional
    void overrideRating(long id, long version, Rag rag, String reason, CurrentPerson who) {
        var a = access.updatable(id, who);
        if (!a.status().open()) throw new IllegalStateException("Only an open action's rating can be overridden");
        var changed = a.withOverride(rag, reason);
        String detail = rag == null ? "Override removed: the rating follows the status and due date again"
                : "Rating set to " + rag.label() + ": " + reason;
        write(a, changed, version, who, "Rating overridden", detail);
    }

    @Transactional
    void signOff(long id, long version, String impact, CurrentPerson who) {
        var a = access.manageable(id, who);
        if (!a.awaitingSignOff()) throw new IllegalStateException("Only a completed action that is not yet signed off can be signed off");
        write(a, a.withSignOff(OffsetDateTime.now(clock), who.id(), impact.strip()), version, who, "Signed off", impact.strip());
    }

    @Transactional
    void addEvidence(long id, String description, String link, EvidenceFiles.Verdict file, byte[] content, CurrentPerson who) {
        var a = access.updatable(id, who);
        var now = OffsetDateTime.now(clock);
        store.addEvidence(id, now, who.id(), who.fullName(), description, link, file == null ? null : file.fileName(),
                file == null ? null : file.contentType(), file == null ? null : content);
        String what = file == null ? "Link: " + link : "File: " + file.fileName();
        store.addEvent(id, now, who.id(), who.fullName(), "Evidence added", description + " (" + what + ")");
        activity.recordChange(ActivityAction.CHANGED, ActionTracker.RECORD_TYPE, id, "Added evidence to " + a.reference(), null, what);
    }

    EvidenceFile evidenceFile(long actionId, long evidenceId) {
        return store.evidenceFile(actionId, evidenceId).orElseThrow(RecordNotFoundException::new);
    }

    private void write(ActionRecord before, ActionRecord after, long version, CurrentPerson who, String what, String detail) {
        if (!store.update(after, version)) throw new OptimisticLockingFailureException("Action " + before.id() + " was changed by someone else");
        store.addEvent(before.id(), OffsetDateTime.now(clock), who.id(), who.fullName(), what, detail);
        activity.recordChange(ActivityAction.CHANGED, ActionTracker.RECORD_TYPE, before.id(), what + ": " + before.reference(),
                before.status().label(), after.status().label());
    }

    private String describeChanges(ActionRecord a, ActionRecord b) {
        var changes = new ArrayList<String>();
        if (!a.title().equals(b.title())) changes.add("Title: " + a.title() + " → " + b.title());
        if (!Objects.equals(a.description(), b.description())) changes.add("Description changed");
        if (a.ownerOrganisationId() != b.ownerOrganisationId()) {
            var names = organisations.namesOf(List.of(a.ownerOrganisationId(), b.ownerOrganisationId()));
            changes.add("Owner organisation: " + names.get(a.ownerOrganisationId()) + " → " + names.get(b.ownerOrganisationId()));
        }
        if (!Objects.equals(a.ownerPersonId(), b.ownerPersonId())) {
            changes.add("Owner: " + personName(a.ownerPersonId()) + " → " + personName(b.ownerPersonId()));
        }
        if (!a.due().equals(b.due())) changes.add("Due date: " + a.due().format(DigestComposer.DAY) + " → " + b.due().format(DigestComposer.DAY));
        return changes.isEmpty() ? "No change" : String.join("; ", changes);
    }

    private String personName(Long id) {
        if (id == null) return "none";
        return people.find(id).map(PersonSummary::fullName).orElse("unknown");
    }

    /** Everything the action's page shows, with what this person may do on it (and the source's page, if they may open it). */
    record ActionPage(ActionRecord action, ActionSummary summary, PersonSummary owner, PersonSummary signedOffBy,
            String sourceLink, List<ActionUpdate> updates, List<Evidence> evidence, List<ActionEvent> history, boolean canManage, boolean canUpdate,
            boolean canSignOff) {
    }
}
