package app.lantern.actions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import app.lantern.identity.ActivityAction;
import app.lantern.identity.ActivityLog;
import app.lantern.identity.Access;
import app.lantern.identity.OrganisationDirectory;
import app.lantern.identity.People;
import app.lantern.notify.Mailer;
import app.lantern.shared.LanternProperties;
import app.lantern.shared.Rule;

/**
 * The weekly digest: each named owner of open actions that are overdue or due within
 * {@link ActionRules#DUE_SOON_DAYS} days gets one email listing them (see {@link DigestComposer}).
 * {@link DigestSchedule} sends it on Monday mornings; the business unit can send it at once; the
 * demo partnership writes one to the outbox when it loads, never to be sent.
 */
@Component
public class WeeklyDigest {

    static final String DEMO_NOTE = "Demo data: fictional people, never sent";

    private static final Logger log = LoggerFactory.getLogger(WeeklyDigest.class);

    private final ActionStore store;
    private final People people;
    private final OrganisationDirectory organisations;
    private final Mailer mailer;
    private final ActivityLog activity;
    private final Access access;
    private final Clock clock;
    private final String baseUrl;
    private final String partnershipName;

    WeeklyDigest(ActionStore store, People people, OrganisationDirectory organisations, Mailer mailer, ActivityLog activity,
            Access access, Clock clock, LanternProperties properties, @Value("${lantern.base-url:http://localhost:8080}") String baseUrl) {
        this.access = access;
        this.store = store;
        this.people = people;
        this.organisations = organisations;
        this.mailer = mailer;
        this.activity = activity;
        this.clock = clock;
        this.baseUrl = baseUrl;
        this.partnershipName = properties.partnershipName();
    }

    /** Sends every owner their digest now, and returns how many emails were written. */
    @Transactional
    public int sendDigest() {
        var digests = compose();
        digests.forEach(d -> mailer.send(d.email()));
        logSent("Sent the weekly action digest", digests.size());
        return digests.size();
    }

    /** Those who run the partnership send the digest now, rather than waiting for Monday. */
    @Transactional
    public int sendNow() {
        access.require(Rule.RUNS_PARTNERSHIP, "send the weekly action digest");
        return sendDigest();
    }

    /**
     * The scheduled run: each owner's digest goes once per day however many instances of Lantern
     * run the schedule (the outbox refuses a second email with the same key).
     */
    @Transactional
    public int sendScheduled() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (var d : compose()) {
            if (mailer.sendOnce("weekly-digest:" + today + ":" + d.personId(), d.email())) sent++;
        }
        if (sent > 0) logSent("Sent the weekly action digest (scheduled)", sent);
        return sent;
    }

    /**
     * For the demo partnership: writes the digests to the outbox marked as demo data, never to be
     * sent (the demo's people and addresses are fictional). Returns how many were written.
     */
    @Transactional
    public int keepDemoDigest() {
        var digests = compose();
        digests.forEach(d -> mailer.keep(d.email(), DEMO_NOTE));
        return digests.size();
    }

    private List<DigestComposer.Digest> compose() {
        LocalDate today = LocalDate.now(clock);
        var rows = store.overdueOrDueWithin(today, ActionRules.DUE_SOON_DAYS);
        if (rows.isEmpty()) return List.of();
        var owners = people.byIds(rows.stream().map(ActionRecord::ownerPersonId).distinct().toList());
        var names = organisations.namesOf(rows.stream().map(ActionRecord::ownerOrganisationId).distinct().toList());
        var items = rows.stream()
                .map(a -> new DigestComposer.Item(a.id(), a.title(), a.ownerPersonId(),
                        names.getOrDefault(a.ownerOrganisationId(), "Unknown organisation"), a.due()))
                .toList();
        return new DigestComposer(today, baseUrl, partnershipName).compose(items, owners);
    }

    private void logSent(String what, int emails) {
        log.info("{}: {} email(s)", what, emails);
        activity.recordChange(ActivityAction.CREATED, "Email", null, what + ": " + emails + (emails == 1 ? " email" : " emails"), null, null);
    }
}
