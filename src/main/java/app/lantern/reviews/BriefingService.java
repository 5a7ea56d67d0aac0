package app.lantern.reviews;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.lantern.identity.ActivityAction;
import app.lantern.identity.ActivityLog;
import app.lantern.identity.CurrentPerson;
import app.lantern.shared.RecordNotFoundException;
import app.lantern.shared.WritesHistory;

/**
 * 7-minute briefings. Drafts are restricted review material: only the business unit and partner
 * leads may see them (anyone else gets 404, so a draft about a case review is not revealed before
 * the business unit chooses to publish it), and each read of a draft is logged. Only the business
 * unit writes and publishes. Published briefings are public, in the briefings library.
 */
@Service
public class BriefingService {

    static final String RECORD_TYPE = "briefing";
    private static final int LIBRARY_LIMIT = 500;

    private final BriefingStore store;
    private final ActivityLog activity;
    private final ReviewAccess access;
    private final Clock clock;

    BriefingService(BriefingStore store, ActivityLog activity, ReviewAccess access, Clock clock) {
        this.store = store;
        this.activity = activity;
        this.access = access;
        this.clock = clock;
    }

    /** Briefings this person may see in management: all for the business unit and partner leads, else published ones. */
    List<BriefingRecord> list(CurrentPerson person) {
        return store.all(access.sees(person));
    }

    /** Published briefings, for choosing the one a learning event presented. */
    List<BriefingRecord> publishedChoices() {
        return store.publishedByTitle();
    }

    /** A briefing this person may see, or 404; a draft's read is logged as restricted. */
    BriefingRecord view(CurrentPerson person, long id) {
        var b = find(id).orElseThrow(RecordNotFoundException::new);
        if (!b.published()) {
            if (!access.sees(person)) throw access.hidden("draft 7-minute briefing " + id);
            access.read(RECORD_TYPE, id, "Draft 7-minute briefing '" + b.title() + "'");
        }
        return b;
    }

    Optional<BriefingRecord> find(long id) {
        return store.find(id);
    }

    /** Saves a new draft and returns its id. Only the business unit may. */
    @Transactional
    public long create(BriefingDetails d, CurrentPerson person) {
        access.requireManages(person, "create a 7-minute briefing");
        long id = store.insert(d, freeSlug(d.title(), null), clock.instant());
        activity.recordChange(ActivityAction.CREATED, RECORD_TYPE, id, "Draft 7-minute briefing '" + d.title() + "'", null,
                describe(d));
        return id;
    }

    /**
     * Changes a briefing if nobody else has since {@code version}. While a draft its slug follows the
     * title; once published the address stays the same.
     *
     * @throws OptimisticLockingFailureException when the version has moved on
     */
    @Transactional
    void update(long id, long version, BriefingDetails d, CurrentPerson person) {
        access.requireManages(person, "change 7-minute briefing " + id);
        var before = find(id).orElseThrow(RecordNotFoundException::new);
        String slug = before.published() ? before.slug() : freeSlug(d.title(), id);
        if (!store.update(id, version, d, slug, clock.instant())) {
            throw new OptimisticLockingFailureException("Briefing " + id + " changed since version " + version);
        }
        activity.recordChange(ActivityAction.CHANGED, RECORD_TYPE, id, "7-minute briefing '" + d.title() + "'",
                describe(before.details()), describe(d));
    }

    /**
     * Publishes a draft to the public library as it was on {@code on} (demo data and imports).
     *
     * @throws OptimisticLockingFailureException when it changed since {@code version} (or was already published)
     */
    @Transactional
    @WritesHistory
    public void publish(long id, long version, LocalDate on, CurrentPerson person) {
        publishOn(id, version, on, person);
    }

    /** Publishes a draft to the public library today. */
    @Transactional
    void publish(long id, long version, CurrentPerson person) {
        publishOn(id, version, LocalDate.now(clock), person);
    }

    private void publishOn(long id, long version, LocalDate date, CurrentPerson person) {
        access.requireManages(person, "publish 7-minute briefing " + id);
        var b = find(id).orElseThrow(RecordNotFoundException::new);
        if (!store.publish(id, version, date, clock.instant())) {
            throw new OptimisticLockingFailureException("Briefing " + id + " changed since version " + version);
        }
        activity.recordChange(ActivityAction.CHANGED, RECORD_TYPE, id, "Published 7-minute briefing '" + b.title()
                + "' at /briefings/" + b.slug(), "Draft", "Published " + date);
    }

    /** The title's slug, numbered if another briefing has it already. */
    private String freeSlug(String title, Long self) {
        String base = BriefingText.slug(title);
        List<String> taken = store.slugsLike(base, self);
        for (int n = 1; ; n++) {
            String candidate = BriefingText.numbered(base, n);
            if (!taken.contains(candidate)) return candidate;
        }
    }

    /** A published briefing by its address; drafts and unknown addresses are empty. */
    Optional<BriefingRecord> published(String slug) {
        if (!BriefingText.plausibleSlug(slug)) return Optional.empty();
        return store.published(slug);
    }

    /** Published briefings, newest first; with words, only those containing every word. */
    List<BriefingRecord> library(String words) {
        return store.publishedContaining(searchWords(words), LIBRARY_LIMIT);
    }

    static List<String> searchWords(String words) {
        if (words == null || words.isBlank()) return List.of();
        return java.util.Arrays.stream(words.strip().split("\\s+")).filter(w -> !w.isEmpty()).limit(8)
                .map(w -> w.length() > 60 ? w.substring(0, 60) : w).toList();
    }

    /** Ids of briefings published in the year, oldest first. */
    List<Long> publishedBetween(LocalDate from, LocalDate to) {
        return store.publishedBetween(from, to);
    }

    private static String describe(BriefingDetails d) {
        return "Title: " + d.title() + "\nAbout: " + d.subjectKind().label() + " – " + d.subjectTitle()
                + (d.subjectId() == null ? "" : " (" + d.subjectId() + ")");
    }
}
