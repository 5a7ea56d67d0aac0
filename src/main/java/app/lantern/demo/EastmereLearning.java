package app.lantern.demo;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.stereotype.Component;

import app.lantern.identity.Access;
import app.lantern.identity.CurrentPerson;
import app.lantern.shared.Role;
import app.lantern.reviews.BriefingDetails;
import app.lantern.reviews.BriefingService;
import app.lantern.reviews.BriefingSubject;
import app.lantern.reviews.LearningEventDetails;
import app.lantern.reviews.LearningEventFormat;
import app.lantern.reviews.LearningPointDetails;
import app.lantern.reviews.LearningService;
import app.lantern.reviews.LearningTheme;

/**
* Eastmere's learning: three published 7-minute briefings (from the local review "Harbour", from the
 * rapid review that decided against a local review and from a multi-agency audit) and one draft about the review still in progress;
 * learning events in 2023–24 and 2024–25 with their attendance; learning points across themes.
 * Every case, name and figure is invented.
 */
@Component
class EastmereLearning {

    private final BriefingService briefings;
    private final LearningService learning;

    private final Access access;

    EastmereLearning(BriefingService briefings, LearningService learning, Access access) {
        this.briefings = briefings;
        this.learning = learning;
        this.access = access;
    }

    /** {@code incidents} and {@code caseReviews}: the demo reviews the briefings are about. */
    void load(EastmereOrganisations.Orgs orgs, EastmereIncidents.Loaded incidents, EastmereCaseReviews.Loaded caseReviews) {
        var actor = access.person();

        long harbour = briefings.create(new BriefingDetails(
                "Harbour: seeing the baby behind the moves", BriefingSubject.CASE_REVIEW, caseReviews.harbour(),
                "Harbour (local child safeguarding practice review)",
                """
                Harbour is the name given to a baby boy admitted to hospital with serious injuries at four months old. \
                Before and after his birth his parents moved between four temporary addresses in two areas.""",
                """
                Each move reset the professional network around the baby. Babies are the most vulnerable of all \
                children, and families who move often are the ones most likely to fall between services.""",
                """
                - Health visiting contact restarted from scratch after every move.
                - The pre-birth assessment began at 34 weeks, too late to plan support.
                - Practitioners rarely spoke to the baby's father.
                - Housing placed the family out of area without telling children's social care.""",
                """
                A move is a risk point, not an administrative task. Find out who knew the family before, read what they \
                recorded, and make sure the next service knows what you know.""",
                """
                - Pass on health visiting records within five working days of a move.
                - Refer vulnerable pregnancies for pre-birth assessment by 20 weeks.
                - Record the father's details and views in every assessment.""",
                """
                - How would you know if a family you work with had moved?
                - When did you last speak to a baby's father on his own?
                - Who tells the next service what you know?"""), actor);
        briefings.publish(harbour, 0, LocalDate.of(2024, 3, 12), actor);

        long rapid = briefings.create(new BriefingDetails(
                "Safe sleep at every contact: an infant's sudden death", BriefingSubject.RAPID_REVIEW, incidents.noLocalReview(),
                "Rapid review of an infant's sudden unexpected death, winter 2023",
                """
                A five-month-old baby died suddenly while asleep on a sofa with a parent who had been drinking. The rapid \
                review decided a local review was not needed and asked for the learning to reach practitioners here.""",
                """
                Most sudden unexpected deaths in infancy happen when a baby shares a sofa or bed with an adult, \
                especially after alcohol or drugs. Safe sleep advice saves lives only if it is repeated and understood.""",
                """
                - Safe sleep advice was given at the birth visit and not repeated.
                - The family moved home when the baby was eight weeks old.
                - The new health visiting team did not know the father drank heavily at weekends.
                - Practice otherwise met expectations.""",
                """
                Safe sleep is not a one-off conversation. Risks change when families move, when routines change and \
                when adults drink or take drugs.""",
                """
                - Give safe sleep advice at every contact in the baby's first year.
                - Ask where the baby slept last night, and look.
                - Include fathers and other carers in the conversation.""",
                """
                - When did you last ask a family where their baby slept?
                - How do you talk about alcohol and co-sleeping without blame?"""), actor);
        briefings.publish(rapid, 0, LocalDate.of(2024, 2, 6), actor);

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
                "Willow: early learning", BriefingSubject.CASE_REVIEW, caseReviews.willow(),
                "Willow (local child safeguarding practice review, in progress)",
                """
                Willow is the name given to a 14-year-old girl who went missing from home several times in 2023 \
                before she was seriously harmed.""",
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

        learning.addEvent(new LearningEventDetails("Harbour: when families move – practitioner event", LocalDate.of(2024, 3, 19),
                LearningEventFormat.PRACTITIONER_EVENT, harbour, "Harbour", 100, 85,
                "Two sessions at Eastmere Civic Centre. 92% of those who gave feedback said they would change how they hand over a family that moves."), actor);
        learning.addEvent(new LearningEventDetails("Safe sleep and co-sleeping risks: webinar for health visitors and family hubs",
                LocalDate.of(2024, 2, 20), LearningEventFormat.WEBINAR, rapid, "Rapid review of an infant's sudden unexpected death", null, 140,
                "Recorded and shared with GP practices afterwards."), actor);
        learning.addEvent(new LearningEventDetails("Escalation and resolving professional disagreement", LocalDate.of(2023, 10, 17),
                LearningEventFormat.WORKSHOP, null, null, 30, 27, null), actor);
        learning.addEvent(new LearningEventDetails("Annual safeguarding conference: learning from reviews", LocalDate.of(2024, 6, 20),
                LearningEventFormat.CONFERENCE, audit, "Multi-agency audit of neglect cases, 2024", 200, 176, null), actor);

        point(actor, "2023-06-14", BriefingSubject.AUDIT, "Multi-agency audit of early help, 2023", LearningTheme.VOICE_OF_THE_CHILD,
                "Children's own words were rarely recorded in early help plans.");
        point(actor, "2024-01-08", BriefingSubject.RAPID_REVIEW, "Rapid review of an infant's sudden unexpected death, winter 2023",
                LearningTheme.INFORMATION_SHARING, "The father's heavy drinking, known to the previous health visiting team, was not passed on when the family moved.");
        point(actor, "2024-01-08", BriefingSubject.RAPID_REVIEW, "Rapid review of an infant's sudden unexpected death, winter 2023",
                LearningTheme.PROFESSIONAL_CURIOSITY, "Practitioners did not ask where the baby slept after the family moved.");
        point(actor, "2023-07-04", BriefingSubject.RAPID_REVIEW, "Rapid review of a young person missing from home, summer 2023",
                LearningTheme.EXPLOITATION, "Missing episodes were treated one at a time and not linked to exploitation risk.");
        point(actor, "2024-01-16", BriefingSubject.CASE_REVIEW, "Harbour", LearningTheme.NEGLECT,
                "Missed health visiting contacts after each move were not seen as a sign that the baby's needs were going unmet.");
        point(actor, "2024-01-16", BriefingSubject.CASE_REVIEW, "Harbour", LearningTheme.NEGLECT,
                "The baby's weight fell across two centiles while the family moved, and no one professional saw both measurements.");
        point(actor, "2024-01-16", BriefingSubject.CASE_REVIEW, "Harbour", LearningTheme.INFORMATION_SHARING,
                "Health visiting records did not follow the family between temporary addresses; each move reset contact.");
        point(actor, "2024-01-16", BriefingSubject.CASE_REVIEW, "Harbour", LearningTheme.ESCALATION,
                "A midwife worried that the pre-birth assessment started at 34 weeks but did not use the escalation procedure.");
        point(actor, "2024-02-07", BriefingSubject.CASE_REVIEW, "Harbour", LearningTheme.VOICE_OF_THE_CHILD,
                "Records described the parents' housing in detail but said almost nothing about the baby's daily care.");
        point(actor, "2024-03-05", BriefingSubject.OTHER, "Section 11 audit returns, 2023–24", LearningTheme.OTHER,
                "Several agencies' safeguarding training records were out of date.");
        point(actor, "2024-05-08", BriefingSubject.AUDIT, "Multi-agency audit of neglect cases, 2024", LearningTheme.PROFESSIONAL_CURIOSITY,
                "Parents' explanations were accepted without being checked with other agencies in 8 of 12 cases.");
        point(actor, "2024-05-08", BriefingSubject.AUDIT, "Multi-agency audit of neglect cases, 2024", LearningTheme.NEGLECT,
                "The neglect screening tool was used in only a third of cases.");
        point(actor, "2024-09-18", BriefingSubject.CASE_REVIEW, "Willow", LearningTheme.EXPLOITATION,
                "Records described a child at risk of exploitation as making lifestyle choices.");
    }

    private void point(CurrentPerson actor, String on, BriefingSubject source, String sourceTitle, LearningTheme theme, String text) {
        learning.addPoint(new LearningPointDetails(text, LocalDate.parse(on), source, sourceTitle, theme), actor);
    }
}
