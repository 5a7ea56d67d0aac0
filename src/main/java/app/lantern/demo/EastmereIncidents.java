package app.lantern.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import app.lantern.actions.ActionStatus;
import app.lantern.actions.ActionTracker;
import app.lantern.identity.CurrentPerson;
import app.lantern.identity.People;
import app.lantern.shared.Role;
import app.lantern.reviews.IncidentAbuse;
import app.lantern.reviews.IncidentEthnicity;
import app.lantern.reviews.IncidentHarm;
import app.lantern.reviews.IncidentService;
import app.lantern.reviews.IncidentSex;
import app.lantern.reviews.NotificationDetails;
import app.lantern.reviews.RapidReviewDecision;
import app.lantern.reviews.RapidReviewOutcome;
import app.lantern.reviews.RapidReviewService;

/**
 * Eastmere's serious incidents (all fictional). In 2023–24: three notifications, one notified
 * to the panel late; two rapid reviews due in the year, one sent to the panel on time (decided: a
 * local review) and one late (no local review: learning through a 7-minute briefing); a third
 * rapid review, due in April 2024, recommended a local review too. Near today: one incident
 * the panel has not yet been told about (its 5-working-day clock running), and one rapid review
 * under way, with some agencies' summaries still awaited (Eastmere High School's among them, so
 * the demo agency lead has a request to answer).
 */
@Component
class EastmereIncidents {

    private final IncidentService incidents;
    private final RapidReviewService reviews;
    private final ActionTracker tracker;
    private final People people;
    private final Clock clock;

    private final app.lantern.identity.RunAs runAs;

    EastmereIncidents(IncidentService incidents, RapidReviewService reviews, ActionTracker tracker, People people, Clock clock,
            app.lantern.identity.RunAs runAs) {
        this.runAs = runAs;
        this.incidents = incidents;
        this.reviews = reviews;
        this.tracker = tracker;
        this.people = people;
        this.clock = clock;
    }

    /** The rapid reviews other demo data refers to: the one that decided on a local review, and one that did not. */
    record Loaded(long localReview, long noLocalReview) {
    }

    Loaded load(EastmereOrganisations.Orgs orgs, EastmerePeople.Staff staff) {
        var unit = person(staff, "business-unit");

        // 1. Notified on time; rapid review on time; decision: local review.
        long n1 = incidents.record(new NotificationDetails("EM-23-0412", "KT", null, 14, IncidentSex.FEMALE,
                IncidentEthnicity.WHITE_BRITISH, d(2023, 6, 10), d(2023, 6, 12), IncidentHarm.SERIOUSLY_HARMED,
                IncidentAbuse.SUSPECTED, false, ids(orgs, "police", "hospital", "eastmere-high", "council"), d(2023, 6, 16),
                "Admitted to hospital with injuries after going missing from home for three days; exploitation suspected."), unit);
        long r1 = reviews.start(n1, d(2023, 6, 16), unit);
        submitAll(r1, d(2023, 6, 23), orgs, staff, Map.of("police", "police-di", "hospital", "member", "eastmere-high", "agency-lead",
                "council", "council-sw"));
        reviews.recordOutcome(r1, 0, new RapidReviewOutcome(d(2023, 7, 4),
                "Four missing episodes in six months were each handled on their own; no agency put them together. Return home "
                        + "interviews were offered late twice. The school raised concerns that did not reach the front door.",
                RapidReviewDecision.LOCAL_REVIEW, null, d(2023, 7, 6), d(2023, 8, 10),
                "Agreed: the criteria for a local child safeguarding practice review are met."), unit);
        long a1 = reviews.raiseAction(r1, "Review how repeat missing episodes are brought together at the front door",
                null, orgs.id("council"), d(2023, 9, 29), unit);
        tracker.recordProgress(a1, ActionStatus.COMPLETED, d(2023, 9, 20),
                "Missing episodes now trigger a strategy discussion at the third episode in six months.", staff.get("council-sw").id());
        reviews.raiseAction(r1, "Share the school's attendance concerns with the front door within one working day",
                null, orgs.id("eastmere-high"), d(2023, 10, 31), unit);

        // 2. Notified late; rapid review late; decision: no local review, learning by a 7-minute briefing.
        long n2 = incidents.record(new NotificationDetails("EM-23-1187", "AB", d(2023, 5, 14), null, IncidentSex.MALE,
                IncidentEthnicity.MIXED_WHITE_BLACK_CARIBBEAN, d(2023, 11, 20), d(2023, 11, 22), IncidentHarm.DIED,
                IncidentAbuse.SUSPECTED, false, ids(orgs, "hospital", "community-health", "family-hubs", "police", "gp-harbour"),
                d(2023, 12, 4), "Sudden unexpected death in infancy; the baby was sharing a sofa with a parent who had been drinking."), unit);
        long r2 = reviews.start(n2, d(2023, 12, 4), unit);
        submitAll(r2, d(2023, 12, 12), orgs, staff, Map.of("hospital", "member", "community-health", "community-nurse",
                "family-hubs", "early-years", "police", "police-di"));
        reviews.recordOutcome(r2, 0, new RapidReviewOutcome(d(2024, 1, 8),
                "Safe sleep advice was given at the birth visit but not repeated when the family moved. Practice otherwise met expectations.",
                RapidReviewDecision.NO_LOCAL_REVIEW, "A 7-minute briefing on safe sleep and co-sleeping risks, and a learning event for health visitors and family hubs.",
                d(2024, 1, 10), d(2024, 2, 14), "Agreed with the decision not to hold a local review."), unit);
        long a2 = reviews.raiseAction(r2, "Repeat safe sleep advice at every contact after a family moves home",
                null, orgs.id("community-health"), d(2024, 3, 28), unit);
        tracker.recordProgress(a2, ActionStatus.COMPLETED, d(2024, 3, 15), "Added to the transfer-in checklist for health visitors.",
                staff.get("community-nurse").id());

        // 3. Notified on time in March 2024; its rapid review was due in April 2024 (the next reporting year).
        long n3 = incidents.record(new NotificationDetails("EM-24-0233", "RM", null, 9, IncidentSex.MALE,
                IncidentEthnicity.WHITE_OTHER, d(2024, 3, 18), d(2024, 3, 19), IncidentHarm.SERIOUSLY_HARMED,
                IncidentAbuse.KNOWN, true, ids(orgs, "police", "council", "safe-steps", "eastmere-high"), d(2024, 3, 25),
                "Serious injuries inflicted by a parent's partner in a household known for domestic abuse."), unit);
        long r3 = reviews.start(n3, d(2024, 3, 25), unit);
        submitAll(r3, d(2024, 4, 3), orgs, staff, Map.of("police", "police-di", "council", "council-sw", "safe-steps", "da-lead",
                "eastmere-high", "agency-lead"));
        reviews.recordOutcome(r3, 0, new RapidReviewOutcome(d(2024, 4, 12),
                "The partner's history was known to the police but not shared when he moved in.",
                RapidReviewDecision.LOCAL_REVIEW, null, d(2024, 4, 16), null, null), unit);

        // 4. Today: an incident the panel has not yet been told about; its clock is running.
        LocalDate today = LocalDate.now(clock);
        LocalDate aware = workingDaysBefore(today, 2);
        incidents.record(new NotificationDetails("EM-" + (today.getYear() % 100) + "-0951", "JL", null, 3, IncidentSex.FEMALE,
                IncidentEthnicity.ASIAN_PAKISTANI, aware.minusDays(1), aware, IncidentHarm.SERIOUSLY_HARMED, IncidentAbuse.SUSPECTED,
                false, ids(orgs, "hospital", "police", "nursery-acorns"), null,
                "Brought to the emergency department with a fracture the explanation given does not account for."), unit);

        // 5. A rapid review under way: some summaries in, some awaited.
        LocalDate aware5 = workingDaysBefore(today, 8);
        LocalDate notified5 = workingDaysBefore(today, 5);
        long n5 = incidents.record(new NotificationDetails("EM-" + (today.getYear() % 100) + "-0907", "DS", null, 15, IncidentSex.MALE,
                IncidentEthnicity.BLACK_AFRICAN, aware5.minusDays(2), aware5, IncidentHarm.SERIOUSLY_HARMED, IncidentAbuse.SUSPECTED,
                false, ids(orgs, "police", "eastmere-high", "council", "youth-justice"), notified5,
                "Stabbed near a park; known to youth justice; criminal exploitation suspected."), unit);
        long r5 = reviews.start(n5, workingDaysBefore(today, 4), unit);
        submitAll(r5, workingDaysBefore(today, 1), orgs, staff, Map.of("police", "police-ce"));
        reviews.raiseAction(r5, "Check every child open to youth justice has an exploitation screening", null,
                orgs.id("youth-justice"), today.plusDays(20), unit);
        return new Loaded(r1, r2);
    }

    private void submitAll(long rapidReviewId, LocalDate on, EastmereOrganisations.Orgs orgs, EastmerePeople.Staff staff,
            Map<String, String> leadByOrganisation) {
        var requests = reviews.requestIdsByOrganisation(rapidReviewId);
        var businessUnit = person(staff, "business-unit");
        for (var e : leadByOrganisation.entrySet()) {
            // the demo attributes each summary to a real demo person of that agency, acting as its lead
            var lead = people.find(staff.get(e.getValue()).id()).orElseThrow();
            long request = requests.get(orgs.id(e.getKey()));
            // entered by the business unit on the agency's behalf, as partnerships often do from an emailed form
            reviews.submit(rapidReviewId, request, 0,
                    "Our records show contact with the family over the previous year. (" + lead.jobTitle() + ", summary for the rapid review.)",
                    "Immediate learning shared with our safeguarding team; records checked for similar cases.",
                    on.atTime(11, 0).atZone(clock.getZone()).toOffsetDateTime(), businessUnit);
        }
    }

    /** The demo loads as the business unit (see DemoDataLoader): the person signed in is that person. */
    private CurrentPerson person(EastmerePeople.Staff staff, String key) {
        return runAs.as(people.find(staff.get(key).id()).orElseThrow().email(), p -> p);
    }

    private static List<Long> ids(EastmereOrganisations.Orgs orgs, String... keys) {
        return java.util.Arrays.stream(keys).map(orgs::id).toList();
    }

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    /** Steps back over weekends only (close enough for demo data; bank holidays may make it a day longer). */
    private static LocalDate workingDaysBefore(LocalDate from, int days) {
        LocalDate d = from;
        for (int i = 0; i < days; ) {
            d = d.minusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) i++;
        }
        return d;
    }
}
