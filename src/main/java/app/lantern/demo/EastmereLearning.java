package app.lantern.demo;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.stereotype.Component;

import app.lantern.identity.CurrentPerson;
import app.lantern.identity.Role;
import app.lantern.reviews.BriefingDetails;
import app.lantern.reviews.BriefingService;
import app.lantern.reviews.BriefingSubject;
import app.lantern.reviews.LearningEventDetails;
import app.lantern.reviews.LearningEventFormat;
import app.lantern.reviews.LearningPointDetails;
import app.lantern.reviews.LearningService;
import app.lantern.reviews.LearningTheme;

/**
 * Eastmere's learning: three published 7-minute briefings (from the local review "Harbour", from a
 * rapid review and from a multi-agency audit) and one draft about the review still in progress;
 * learning events in 2023–24 and 2024–25 with their attendance; learning points across themes.
 * Every case, name and figure is invented.
 */
@Component
class EastmereLearning {

    private final BriefingService briefings;
    private final LearningService learning;

    EastmereLearning(BriefingService briefings, LearningService learning) {
        this.briefings = briefings;
        this.learning = learning;
    }

    void load(EastmereOrganisations.Orgs orgs) {
        var actor = new CurrentPerson(0, "business.unit@eastmere.example", "Eastmere business unit", orgs.id("council"),
                Set.of(Role.BUSINESS_UNIT));

        long harbour = briefings.create(new BriefingDetails(
                "Harbour: seeing the child behind the home conditions", BriefingSubject.CASE_REVIEW, null,
                "Harbour (local child safeguarding practice review)",
                """
                Harbour is the name given to a 7-year-old boy whose family was known to health, education and \
                children's social care for four years.
                Home conditions were repeatedly described as poor but improving, and each visit was judged on its own.""",
                """
                Chronic neglect is rarely one incident. When professionals look only at today's visit, the cumulative \
                harm to a child's health, development and school life can go unseen for years.""",
                """
                - Harbour missed 14 health appointments in two years.
                - School attendance fell below 80% and he often arrived hungry.
                - Agencies held parts of the picture, but no one put them together.
                - Plans were closed when the home looked better on the day.""",
                """
                Start-again syndrome hides neglect. Keep a chronology, read the history, and ask what life is like \
                for the child every day, not only what the home looks like.""",
                """
                - Use the neglect screening tool at every review of a plan.
                - Share concerns about missed appointments with the lead professional.
                - Escalate when a plan is closed while your worries remain.""",
                """
                - When did you last read the whole history of a family you work with?
                - How do you record what a child tells you about their day?
                - Who would you call if you disagreed with a decision to close a case?"""), actor);
        briefings.publish(harbour, 0, LocalDate.of(2024, 3, 12), actor);

        long rapid = briefings.create(new BriefingDetails(
                "Sharing what we know: an infant's serious injury", BriefingSubject.RAPID_REVIEW, null,
                "Rapid review of a serious injury to a baby, autumn 2023",
                """
                A 10-week-old baby was taken to hospital with a fracture. The rapid review found no need for a local \
                review, but agreed the learning should reach practitioners through this briefing.""",
                """
                Babies cannot tell us what is happening to them. Bruising or injury in a baby who is not yet mobile \
                must always be taken seriously and shared.""",
                """
                - The health visitor noted a small bruise but did not share it.
                - The father's previous police contact was not known to health.
                - Information was shared quickly once the baby reached hospital.""",
                """
                Any bruise on a non-mobile baby needs a safeguarding referral and a medical assessment. It is not your \
                job to decide whether the explanation is plausible.""",
                """
                - Follow the bruising in non-mobile babies protocol every time.
                - Ask about all adults in the household, not only the mother.
                - Record who you shared information with, and when.""",
                """
                - Do you know where to find the bruising protocol?
                - What stops you asking about fathers and other carers?"""), actor);
        briefings.publish(rapid, 0, LocalDate.of(2023, 12, 5), actor);

        long audit = briefings.create(new BriefingDetails(
                "Professional curiosity in neglect: what our audit found", BriefingSubject.AUDIT, null,
                "Multi-agency audit of neglect cases, 2024",
                """
                In spring 2024 practitioners from six agencies looked together at 12 children on plans for neglect.""",
                """
                Neglect is the most common reason for a child protection plan in Eastmere. The audit asked whether \
                practitioners were curious about what lay behind what they were told.""",
                """
                - In 8 of 12 cases, parents' explanations were accepted without being checked.
                - The child's own views were recorded in only 5 cases.
                - Good practice: a school nurse who visited at home and saw the child's bedroom.""",
                """
                Respectful uncertainty: be open to what families tell you, but check it against what you see and what \
                others know.""",
                """
                - Check explanations with other agencies before accepting them.
                - See the child alone and record their words.
                - Bring disagreement to supervision early.""",
                """
                - What would you ask if the explanation did not quite fit?
                - When did you last see where a child sleeps?"""), actor);
        briefings.publish(audit, 0, LocalDate.of(2024, 5, 14), actor);

        briefings.create(new BriefingDetails(
                "Child M (Eastmere): early learning", BriefingSubject.CASE_REVIEW, null,
                "Child M (Eastmere) (local child safeguarding practice review, in progress)",
                """
                Child M is a 15-year-old girl who went missing from home several times in 2023.""",
                """
                Early learning points to exploitation being seen as a choice the young person was making.""",
                """
                - Missing episodes were not linked across agencies.
                - Return home interviews were offered late.""",
                """
                Language matters: children cannot consent to their own exploitation.""",
                """
                - Share every missing episode with the exploitation hub.""",
                """
                - How do you describe a child who keeps going missing?"""), actor);

        learning.addEvent(new LearningEventDetails("Harbour: seeing the child – practitioner event", LocalDate.of(2024, 3, 19),
                LearningEventFormat.PRACTITIONER_EVENT, harbour, "Harbour", 100, 85,
                "Two sessions at Eastmere Civic Centre. 92% of those who gave feedback said they would use the neglect tool."), actor);
        learning.addEvent(new LearningEventDetails("Bruising in non-mobile babies: webinar", LocalDate.of(2023, 12, 12),
                LearningEventFormat.WEBINAR, rapid, "Rapid review, autumn 2023", null, 140,
                "Recorded and shared with GP practices afterwards."), actor);
        learning.addEvent(new LearningEventDetails("Escalation and resolving professional disagreement", LocalDate.of(2023, 10, 17),
                LearningEventFormat.WORKSHOP, null, null, 30, 27, null), actor);
        learning.addEvent(new LearningEventDetails("Annual safeguarding conference: learning from reviews", LocalDate.of(2024, 6, 20),
                LearningEventFormat.CONFERENCE, audit, "Multi-agency audit of neglect cases, 2024", 200, 176, null), actor);

        point(actor, "2023-06-14", BriefingSubject.AUDIT, "Multi-agency audit of early help, 2023", LearningTheme.VOICE_OF_THE_CHILD,
                "Children's own words were rarely recorded in early help plans.");
        point(actor, "2023-10-25", BriefingSubject.RAPID_REVIEW, "Rapid review of a serious injury to a baby, autumn 2023",
                LearningTheme.INFORMATION_SHARING, "A bruise seen by a health visitor was not shared with the GP or children's social care.");
        point(actor, "2023-10-25", BriefingSubject.RAPID_REVIEW, "Rapid review of a serious injury to a baby, autumn 2023",
                LearningTheme.PROFESSIONAL_CURIOSITY, "Practitioners did not ask who else cared for the baby.");
        point(actor, "2023-11-08", BriefingSubject.RAPID_REVIEW, "Rapid review of a young person missing from home",
                LearningTheme.EXPLOITATION, "Missing episodes were treated one at a time and not linked to exploitation risk.");
        point(actor, "2024-01-16", BriefingSubject.CASE_REVIEW, "Harbour", LearningTheme.NEGLECT,
                "Poor home conditions were judged visit by visit, hiding the cumulative harm of chronic neglect.");
        point(actor, "2024-01-16", BriefingSubject.CASE_REVIEW, "Harbour", LearningTheme.NEGLECT,
                "Missed health appointments were not seen as a sign of neglect.");
        point(actor, "2024-01-16", BriefingSubject.CASE_REVIEW, "Harbour", LearningTheme.INFORMATION_SHARING,
                "School, health and social care each held part of the picture; no chronology brought it together.");
        point(actor, "2024-01-16", BriefingSubject.CASE_REVIEW, "Harbour", LearningTheme.ESCALATION,
                "A school disagreed with closing the plan but did not use the escalation procedure.");
        point(actor, "2024-02-07", BriefingSubject.CASE_REVIEW, "Harbour", LearningTheme.VOICE_OF_THE_CHILD,
                "Harbour told his teacher he was often hungry; this was not passed on.");
        point(actor, "2024-03-05", BriefingSubject.OTHER, "Section 11 audit returns, 2023–24", LearningTheme.OTHER,
                "Several agencies' safeguarding training records were out of date.");
        point(actor, "2024-05-08", BriefingSubject.AUDIT, "Multi-agency audit of neglect cases, 2024", LearningTheme.PROFESSIONAL_CURIOSITY,
                "Parents' explanations were accepted without being checked with other agencies in 8 of 12 cases.");
        point(actor, "2024-05-08", BriefingSubject.AUDIT, "Multi-agency audit of neglect cases, 2024", LearningTheme.NEGLECT,
                "The neglect screening tool was used in only a third of cases.");
        point(actor, "2024-09-18", BriefingSubject.CASE_REVIEW, "Child M (Eastmere)", LearningTheme.EXPLOITATION,
                "Records described a child at risk of exploitation as making lifestyle choices.");
    }

    private void point(CurrentPerson actor, String on, BriefingSubject source, String sourceTitle, LearningTheme theme, String text) {
        learning.addPoint(new LearningPointDetails(text, LocalDate.parse(on), source, sourceTitle, theme), actor);
    }
}
