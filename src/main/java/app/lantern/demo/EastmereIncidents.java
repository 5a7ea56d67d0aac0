package app.lantern.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import app.lantern.actions.ActionStatus;
import app.lantern.actions.ActionTracker;
import app.lantern.identity.CurrentPerson;
import app.lantern.identity.People;
import app.lantern.identity.RunAs;
import app.lantern.reviews.AgencySummaryService;
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
 * Eastmere's serious incidents (all fictional), in every year the demo covers. Three years back
 * (2023–24 when the demo loads in 2026–27): three notifications, one notified to the panel late;
 * two rapid reviews due in the year, one sent to the panel on time (decided: a local review,
 * Willow) and one late (no local review: learning through a 7-minute briefing); a third rapid
 * review, due in April, recommended a local review too (Marram). Two years back and last year: one
 * incident each, whose rapid reviews decided against a local review. This year: a rapid review
 * about five months ago that decided on the local review now under way (Heron); one incident the
 * panel has not yet been told about (its 5-working-day clock running); and one rapid review under
 * way, with some agencies' summaries still awaited (Eastmere High School's among them, so the demo
 * agency lead has a request to answer). Actions raised from each rapid review fall due within
 * months of its decision.
 */
@Component
class EastmereIncidents {

    private final IncidentService incidents;
    private final RapidReviewService reviews;
    private final AgencySummaryService summaries;
    private final ActionTracker tracker;
    private final People people;
    private final Clock clock;
    private final DemoCalendar calendar;
    private final RunAs runAs;

    EastmereIncidents(IncidentService incidents, RapidReviewService reviews, AgencySummaryService summaries, ActionTracker tracker,
            People people, Clock clock, DemoCalendar calendar, RunAs runAs) {
        this.runAs = runAs;
        this.incidents = incidents;
        this.reviews = reviews;
        this.summaries = summaries;
        this.tracker = tracker;
        this.people = people;
        this.clock = clock;
        this.calendar = calendar;
    }

    /**
     * The rapid reviews other demo data refers to: those that decided on a local review (three
     * years back: Willow; two years back: Marram; this year: Heron, with the day its decision was
     * sent) and those that did not (three years back and last year).
     */
    record Loaded(long willow, long marram, long heron, LocalDate heronDecided, long noLocalReview, long lastYearsNoLocalReview) {
    }

    Loaded load(EastmereOrganisations.Orgs orgs, EastmerePeople.Staff staff) {
        var unit = person(staff, "business-unit");

        // 1. Notified on time; rapid review on time; decision: local review.
        long n1 = incidents.record(new NotificationDetails(localReference(calendar.on(3, 6, 12), "0412"), "KT", null, 14, IncidentSex.FEMALE,
                IncidentEthnicity.WHITE_BRITISH, calendar.on(3, 6, 10), calendar.on(3, 6, 12), IncidentHarm.SERIOUSLY_HARMED,
                IncidentAbuse.SUSPECTED, false, ids(orgs, "police", "hospital", "eastmere-high", "council"), calendar.on(3, 6, 16),
                "Admitted to hospital with injuries after going missing from home for three days; exploitation suspected."), unit);
        long r1 = reviews.start(n1, calendar.on(3, 6, 16), unit);
        submitAll(r1, calendar.on(3, 6, 23), orgs, staff, Map.of("police", "police-di", "hospital", "member", "eastmere-high", "agency-lead",
                "council", "council-sw"));
        reviews.recordOutcome(r1, 0, new RapidReviewOutcome(calendar.on(3, 7, 4),
                "Four missing episodes in six months were each handled on their own; no agency put them together. Return home "
                        + "interviews were offered late twice. The school raised concerns that did not reach the front door.",
                RapidReviewDecision.LOCAL_REVIEW, null, calendar.on(3, 7, 6), calendar.on(3, 8, 10),
                "Agreed: the criteria for a local child safeguarding practice review are met."), unit);
        long a1 = reviews.raiseAction(r1, "Review how repeat missing episodes are brought together at the front door",
                null, orgs.id("council"), calendar.on(3, 9, 29), unit);
        tracker.recordProgress(a1, ActionStatus.COMPLETED, calendar.on(3, 9, 20),
                "Missing episodes now trigger a strategy discussion at the third episode in six months.", staff.get("council-sw").id());
        reviews.raiseAction(r1, "Share the school's attendance concerns with the front door within one working day",
                null, orgs.id("eastmere-high"), calendar.on(3, 10, 31), unit);

        // 2. Notified late; rapid review late; decision: no local review, learning by a 7-minute briefing.
        long n2 = incidents.record(new NotificationDetails(localReference(calendar.on(3, 11, 22), "1187"), "AB", calendar.on(3, 5, 14), null, IncidentSex.MALE,
                IncidentEthnicity.MIXED_WHITE_BLACK_CARIBBEAN, calendar.on(3, 11, 20), calendar.on(3, 11, 22), IncidentHarm.DIED,
                IncidentAbuse.SUSPECTED, false, ids(orgs, "hospital", "community-health", "family-hubs", "police", "gp-harbour"),
                calendar.on(3, 12, 4), "Sudden unexpected death in infancy; the baby was sharing a sofa with a parent who had been drinking."), unit);
        long r2 = reviews.start(n2, calendar.on(3, 12, 4), unit);
        submitAll(r2, calendar.on(3, 12, 12), orgs, staff, Map.of("hospital", "member", "community-health", "community-nurse",
                "family-hubs", "early-years", "police", "police-di"));
        reviews.recordOutcome(r2, 0, new RapidReviewOutcome(calendar.on(3, 1, 8),
                "Safe sleep advice was given at the birth visit but not repeated when the family moved. Practice otherwise met expectations.",
                RapidReviewDecision.NO_LOCAL_REVIEW, "A 7-minute briefing on safe sleep and co-sleeping risks, and a learning event for health visitors and family hubs.",
                calendar.on(3, 1, 10), calendar.on(3, 2, 14), "Agreed with the decision not to hold a local review."), unit);
        long a2 = reviews.raiseAction(r2, "Repeat safe sleep advice at every contact after a family moves home",
                null, orgs.id("community-health"), calendar.on(3, 3, 28), unit);
        tracker.recordProgress(a2, ActionStatus.COMPLETED, calendar.on(3, 3, 15), "Added to the transfer-in checklist for health visitors.",
                staff.get("community-nurse").id());

        // 3. Notified on time in March; its rapid review was due in April (the next reporting year): a local review, Marram.
        long n3 = incidents.record(new NotificationDetails(localReference(calendar.on(3, 3, 19), "0233"), "RM", null, 9, IncidentSex.MALE,
                IncidentEthnicity.WHITE_OTHER, calendar.on(3, 3, 18), calendar.on(3, 3, 19), IncidentHarm.SERIOUSLY_HARMED,
                IncidentAbuse.KNOWN, true, ids(orgs, "police", "council", "safe-steps", "eastmere-high"), calendar.on(3, 3, 25),
                "Serious injuries inflicted by a parent's partner in a household known for domestic abuse."), unit);
        long r3 = reviews.start(n3, calendar.on(3, 3, 25), unit);
        submitAll(r3, calendar.on(2, 4, 3), orgs, staff, Map.of("police", "police-di", "council", "council-sw", "safe-steps", "da-lead",
                "eastmere-high", "agency-lead"));
        reviews.recordOutcome(r3, 0, new RapidReviewOutcome(calendar.on(2, 4, 12),
                "The partner's history was known to the police but not shared when he moved in.",
                RapidReviewDecision.LOCAL_REVIEW, null, calendar.on(2, 4, 16), null, null), unit);

        // 4. Two years back: no local review; the learning went into the neglect audit.
        long n6 = incidents.record(new NotificationDetails(localReference(calendar.on(2, 10, 8), "0644"), "TC", null, 11,
                IncidentSex.FEMALE, IncidentEthnicity.WHITE_BRITISH, calendar.on(2, 10, 7), calendar.on(2, 10, 8),
                IncidentHarm.SERIOUSLY_HARMED, IncidentAbuse.SUSPECTED, false, ids(orgs, "fire", "hospital", "council", "beacon-primary"),
                calendar.on(2, 10, 10), "Seriously burned in a house fire while left alone overnight; neglect suspected."), unit);
        long r6 = reviews.start(n6, calendar.on(2, 10, 10), unit);
        submitAll(r6, calendar.on(2, 10, 17), orgs, staff, Map.of("fire", "fire-lead", "hospital", "member", "council", "council-sw",
                "beacon-primary", "primary-head"));
        reviews.recordOutcome(r6, 0, new RapidReviewOutcome(calendar.on(2, 10, 24),
                "Home safety visits had twice found the children alone; neither visit was passed to children's social care.",
                RapidReviewDecision.NO_LOCAL_REVIEW, "Added to the multi-agency audit of neglect; fire service guidance changed.",
                calendar.on(2, 10, 28), calendar.on(2, 12, 2), "Agreed with the decision not to hold a local review."), unit);
        long a6 = reviews.raiseAction(r6, "Refer children found alone or neglected at home safety visits to the front door",
                null, orgs.id("fire"), calendar.on(2, 1, 31), unit);
        tracker.recordProgress(a6, ActionStatus.COMPLETED, calendar.on(2, 1, 15), "Referral step added to the home safety visit checklist.",
                staff.get("fire-lead").id());

        // 5. Last year: no local review; the learning went out as a 7-minute briefing this year.
        long n7 = incidents.record(new NotificationDetails(localReference(calendar.on(1, 1, 6), "0021"), "SP", null, 15,
                IncidentSex.FEMALE, IncidentEthnicity.MIXED_WHITE_ASIAN, calendar.on(1, 1, 5), calendar.on(1, 1, 6),
                IncidentHarm.SERIOUSLY_HARMED, IncidentAbuse.SUSPECTED, false, ids(orgs, "hospital", "council", "mental-health"),
                calendar.on(1, 1, 8), "Admitted to intensive care after an overdose, following months of online abuse by older young people."), unit);
        long r7 = reviews.start(n7, calendar.on(1, 1, 8), unit);
        submitAll(r7, calendar.on(1, 1, 15), orgs, staff, Map.of("hospital", "member", "council", "council-sw", "mental-health", "mh-lead"));
        reviews.recordOutcome(r7, 0, new RapidReviewOutcome(calendar.on(1, 1, 22),
                "Two earlier hospital attendances for self-harm were not shared with the school; online abuse was seen as bullying only.",
                RapidReviewDecision.NO_LOCAL_REVIEW, "A 7-minute briefing on self-harm and online abuse.",
                calendar.on(1, 1, 27), calendar.on(1, 3, 3), "Agreed with the decision not to hold a local review."), unit);
        long a7 = reviews.raiseAction(r7, "Tell the school nurse of every emergency attendance for self-harm by a pupil",
                null, orgs.id("hospital"), calendar.on(1, 3, 31), unit);
        tracker.recordProgress(a7, ActionStatus.COMPLETED, calendar.on(1, 3, 20), "Daily list now sent to the school nursing team.",
                staff.get("member").id());
        long a7b = reviews.raiseAction(r7, "Ask every secondary school to name a lead for online harm in its safeguarding policy",
                null, orgs.id("council"), calendar.fromToday(-5), unit);
        tracker.recordProgress(a7b, ActionStatus.IN_PROGRESS, calendar.fromToday(-21), "Fourteen of twenty secondary schools have named a lead.",
                staff.get("council-edu").id());

        // 6. This year, about five months ago: a local review, Heron, now under way.
        LocalDate today = calendar.today();
        LocalDate aware8 = workingDaysBefore(today, 112);
        long n8 = incidents.record(new NotificationDetails(localReference(aware8, "0388"), "MB", aware8.minusWeeks(7), null, IncidentSex.MALE,
                IncidentEthnicity.WHITE_BRITISH, aware8.minusDays(1), aware8, IncidentHarm.SERIOUSLY_HARMED, IncidentAbuse.SUSPECTED,
                false, ids(orgs, "hospital", "community-health", "council", "icb"), workingDaysBefore(today, 110),
                "A seven-week-old baby admitted with a head injury and older bruising; the parents were known to adult mental health services."), unit);
        long r8 = reviews.start(n8, workingDaysBefore(today, 110), unit);
        submitAll(r8, workingDaysBefore(today, 105), orgs, staff, Map.of("hospital", "member", "community-health", "community-nurse",
                "council", "council-sw", "icb", "icb-designated"));
        LocalDate heronDecided = workingDaysBefore(today, 98);
        reviews.recordOutcome(r8, 0, new RapidReviewOutcome(workingDaysBefore(today, 99),
                "The mother's mental health and the father's controlling behaviour were each known to one agency; bruising on a "
                        + "non-mobile baby was seen by a GP and not referred.",
                RapidReviewDecision.LOCAL_REVIEW, null, heronDecided, null, null), unit);
        long a8 = reviews.raiseAction(r8, "Remind every GP practice of the bruising in non-mobile babies protocol",
                null, orgs.id("icb"), heronDecided.plusDays(30), unit);
        tracker.recordProgress(a8, ActionStatus.COMPLETED, heronDecided.plusDays(21), "Reminder sent with the practice safeguarding newsletter.",
                staff.get("icb-designated").id());

        // 7. Today: an incident the panel has not yet been told about; its clock is running.
        LocalDate aware = workingDaysBefore(today, 2);
        incidents.record(new NotificationDetails(localReference(aware, "0951"), "JL", null, 3, IncidentSex.FEMALE,
                IncidentEthnicity.ASIAN_PAKISTANI, aware.minusDays(1), aware, IncidentHarm.SERIOUSLY_HARMED, IncidentAbuse.SUSPECTED,
                false, ids(orgs, "hospital", "police", "nursery-acorns"), null,
                "Brought to the emergency department with a fracture the explanation given does not account for."), unit);

        // 8. A rapid review under way: some summaries in, some awaited.
        LocalDate aware5 = workingDaysBefore(today, 8);
        LocalDate notified5 = workingDaysBefore(today, 5);
        long n5 = incidents.record(new NotificationDetails(localReference(aware5, "0907"), "DS", null, 15, IncidentSex.MALE,
                IncidentEthnicity.BLACK_AFRICAN, aware5.minusDays(2), aware5, IncidentHarm.SERIOUSLY_HARMED, IncidentAbuse.SUSPECTED,
                false, ids(orgs, "police", "eastmere-high", "council", "youth-justice"), notified5,
                "Stabbed near a park; known to youth justice; criminal exploitation suspected."), unit);
        long r5 = reviews.start(n5, workingDaysBefore(today, 4), unit);
        submitAll(r5, workingDaysBefore(today, 1), orgs, staff, Map.of("police", "police-ce"));
        reviews.raiseAction(r5, "Check every child open to youth justice has an exploitation screening", null,
                orgs.id("youth-justice"), today.plusDays(20), unit);
        return new Loaded(r1, r3, r8, heronDecided, r2, r7);
    }

    private void submitAll(long rapidReviewId, LocalDate on, EastmereOrganisations.Orgs orgs, EastmerePeople.Staff staff,
            Map<String, String> leadByOrganisation) {
        var requests = summaries.requestIdsByOrganisation(rapidReviewId);
        var businessUnit = person(staff, "business-unit");
        for (var e : leadByOrganisation.entrySet()) {
            // the demo attributes each summary to a real demo person of that agency, acting as its lead
            var lead = people.find(staff.get(e.getValue()).id()).orElseThrow();
            long request = requests.get(orgs.id(e.getKey()));
            // entered by the business unit on the agency's behalf, as partnerships often do from an emailed form
            summaries.submit(rapidReviewId, request, 0,
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

    /** The police's own reference for an incident, numbered within the calendar year they learned of it. */
    private static String localReference(LocalDate aware, String number) {
        return "EM-" + String.format("%02d", aware.getYear() % 100) + "-" + number;
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
