package app.lantern.actions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
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
import app.lantern.shared.Role;
import app.lantern.shared.PageOf;
import app.lantern.shared.Rag;

/**
 * The tracker's own pages' rules. Everyone signed in may read actions (the partnership's work is
 * open to its members). The business unit raises actions, changes their details and signs
 * completed ones off. An action's owner — its named person, or an agency lead of its owner
 * organisation — records progress, evidence and a rating override; no one else does.
 */
@Service
@Transactional(readOnly = true)
class ActionService {

    static final int PAGE_SIZE = 25;

    private final ActionStore store;
    private final ActionTracker tracker;
    private final OrganisationDirectory organisations;
    private final People people;
    private final ActivityLog activity;
    private final Clock clock;

    ActionService(ActionStore store, ActionTracker tracker, OrganisationDirectory organisations, People people, ActivityLog activity,
            Clock clock) {
        this.store = store;
        this.tracker = tracker;
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

    Optional<ActionRecord> find(long id) {
        return store.find(id);
    }

    ActionPage pageOf(long id, CurrentPerson who) {
        var a = store.find(id).orElseThrow(() -> new NoSuchActionException(id));
        var ids = new HashSet<Long>();
        if (a.ownerPersonId() != null) ids.add(a.ownerPersonId());
        if (a.signedOffBy() != null) ids.add(a.signedOffBy());
        var named = people.byIds(ids);
        return new ActionPage(a, a.summary(today(), organisations.namesOf(List.of(a.ownerOrganisationId()))),
                a.ownerPersonId() == null ? null : named.get(a.ownerPersonId()),
                a.signedOffBy() == null ? null : named.get(a.signedOffBy()),
                store.updates(id), store.evidence(id), store.events(id),
                mayManage(who), mayUpdate(a, who), maySignOff(a, who));
    }

    static boolean mayManage(CurrentPerson who) {
        return who.runsPartnership();
    }

    static boolean mayUpdate(ActionRecord a, CurrentPerson who) {
        if (who.runsPartnership()) return true;
        if (a.ownerPersonId() != null && a.ownerPersonId() == who.id()) return true;
        return who.has(Role.AGENCY_LEAD) && Objects.equals(who.organisationId(), a.ownerOrganisationId());
    }

    static boolean maySignOff(ActionRecord a, CurrentPerson who) {
        return who.runsPartnership() && a.status() == ActionStatus.COMPLETED && !a.signedOff();
    }

    @Transactional
    long create(ActionForm.Details d, CurrentPerson who) {
        requireManager(who);
        var source = new SourceReference(d.sourceKind(), "tracker", d.sourceTitle(), null);
        return tracker.raise(new NewAction(source, d.title(), d.description(), d.ownerOrganisationId(), d.ownerPersonId(), d.due()));
    }

    @Transactional
    void changeDetails(long id, long version, ActionForm.Details d, CurrentPerson who) {
        requireManager(who);
        var a = load(id);
        var changed = a.withDetails(d.title(), d.description(), d.ownerOrganisationId(), d.ownerPersonId(), d.due());
        write(a, changed, version, who, "Details changed", describeChanges(a, changed));
    }

    @Transactional
    void recordProgress(long id, long version, ActionStatus status, String update, CurrentPerson who) {
        var a = load(id);
        requireUpdater(a, who);
        var changed = a.withProgress(status, update.strip(), today());
        write(a, changed, version, who, status == a.status() ? "Progress update" : "Status changed",
                status == a.status() ? null : a.status().label() + " → " + status.label());
        store.addUpdate(id, OffsetDateTime.now(clock), who.id(), who.fullName(), update.strip());
    }

    @Transactional
    void overrideRating(long id, long version, Rag rag, String reason, CurrentPerson who) {
        var a = load(id);
        requireUpdater(a, who);
        if (!a.status().open()) throw new IllegalStateException("Only an open action's rating can be overridden");
        var changed = a.withOverride(rag, reason);
        String detail = rag == null ? "Override removed: the rating follows the status and due date again"
                : "Rating set to " + rag.label() + ": " + reason;
        write(a, changed, version, who, "Rating overridden", detail);
    }

    @Transactional
    void signOff(long id, long version, String impact, CurrentPerson who) {
        var a = load(id);
        if (!maySignOff(a, who)) {
            if (!who.runsPartnership()) throw new AccessDeniedException("Only the business unit signs actions off");
            throw new IllegalStateException("Only a completed action that is not yet signed off can be signed off");
        }
        write(a, a.withSignOff(OffsetDateTime.now(clock), who.id(), impact.strip()), version, who, "Signed off", impact.strip());
    }

    @Transactional
    void addEvidence(long id, String description, String link, EvidenceFiles.Verdict file, byte[] content, CurrentPerson who) {
        var a = load(id);
        requireUpdater(a, who);
        var now = OffsetDateTime.now(clock);
        store.addEvidence(id, now, who.id(), who.fullName(), description, link, file == null ? null : file.fileName(),
                file == null ? null : file.contentType(), file == null ? null : content);
        String what = file == null ? "Link: " + link : "File: " + file.fileName();
        store.addEvent(id, now, who.id(), who.fullName(), "Evidence added", description + " (" + what + ")");
        activity.recordChange(ActivityAction.CHANGED, ActionTracker.RECORD_TYPE, id, "Added evidence to " + a.reference(), null, what);
    }

    EvidenceFile evidenceFile(long actionId, long evidenceId) {
        return store.evidenceFile(actionId, evidenceId).orElseThrow(() -> new NoSuchActionException(actionId));
    }

    private ActionRecord load(long id) {
        return store.find(id).orElseThrow(() -> new NoSuchActionException(id));
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

    private static void requireManager(CurrentPerson who) {
        if (!mayManage(who)) throw new AccessDeniedException("Only the business unit raises and changes actions");
    }

    private static void requireUpdater(ActionRecord a, CurrentPerson who) {
        if (!mayUpdate(a, who)) throw new AccessDeniedException("Only the action's owner or the business unit may update it");
    }

    /** Everything the action's page shows, with what this person may do on it. */
    record ActionPage(ActionRecord action, ActionSummary summary, PersonSummary owner, PersonSummary signedOffBy,
            List<ActionUpdate> updates, List<Evidence> evidence, List<ActionEvent> history, boolean canManage, boolean canUpdate,
            boolean canSignOff) {
    }
}
