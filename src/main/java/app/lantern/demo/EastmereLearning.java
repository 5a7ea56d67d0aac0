package app.lantern.demo;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import org.springframework.stereotype.Component;

import app.lantern.identity.Access;
import app.lantern.identity.CurrentPerson;
import app.lantern.reviews.BriefingDetails;
import app.lantern.reviews.BriefingService;
import app.lantern.reviews.BriefingSubject;
import app.lantern.reviews.LearningEventDetails;
import app.lantern.reviews.LearningEventFormat;
import app.lantern.reviews.LearningPointDetails;
import app.lantern.reviews.LearningService;
import app.lantern.reviews.LearningTheme;

/**
 * Eastmere's learning, in every year the demo covers and always after the review it comes from.
 * Three years back (2023–24 when the demo loads in 2026–27): briefings from the local review
 * "Harbour" and from the rapid review that decided against a local review, the early-learning
 * draft about "Willow", three learning events and ten learning points. Two years back: a briefing
 * from the multi-agency audit of neglect, the annual conference and three points. Last year: the
 * briefings from "Willow" and "Marram", Marram's practitioner event and points. This year: the
 * briefing from last year's rapid review on self-harm, a webinar and points from the rapid review
 * behind "Heron".
 * Every case, name and figure is invented.
 */
@Component
class EastmereLearning {

    private final BriefingService briefings;
    private final LearningService learning;

    private final Access access;
    private final DemoCalendar calendar;

    EastmereLearning(BriefingService briefings, LearningService learning, Access access, DemoCalendar calendar) {
        this.briefings = briefings;
        this.learning = learning;
        this.access = access;
        this.calendar = calendar;
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
        briefings.publish(harbour, 0, calendar.on(3, 3, 12), actor);

        long rapid = briefings.create(new BriefingDetails(
                "Safe sleep at every contact: an infant's sudden death", BriefingSubject.RAPID_REVIEW, incidents.noLocalReview(),
                "Rapid review of an infant's sudden unexpected death, winter " + calendar.on(3, 12, 1).getYear(),
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
        briefings.publish(rapid, 0, calendar.on(3, 2, 6), actor);

        long audit = briefings.create(new BriefingDetails(
                "Professional curiosity in neglect: what our audit found", BriefingSubject.AUDIT, null,
                "Multi-agency audit of neglect cases, " + calendar.on(2, 5, 1).getYear(),
                "In spring " + calendar.on(2, 5, 1).getYear()
                        + " practitioners from six agencies looked together at 12 children on plans for neglect.",
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
        briefings.publish(audit, 0, calendar.on(2, 5, 14), actor);

        briefings.create(new BriefingDetails(
                "Willow: early learning", BriefingSubject.CASE_REVIEW, caseReviews.willow(),
                "Willow (local child safeguarding practice review)",
                "Willow is the name given to a 14-year-old girl who went missing from home several times in "
                        + calendar.on(3, 6, 1).getYear() + " before she was seriously harmed.",
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

        learning.addEvent(new LearningEventDetails("Harbour: when families move – practitioner event", calendar.on(3, 3, 19),
                LearningEventFormat.PRACTITIONER_EVENT, harbour, "Harbour", 100, 85,
                "Two sessions at Eastmere Civic Centre. 92% of those who gave feedback said they would change how they hand over a family that moves."), actor);
        learning.addEvent(new LearningEventDetails("Safe sleep and co-sleeping risks: webinar for health visitors and family hubs",
                calendar.on(3, 2, 20), LearningEventFormat.WEBINAR, rapid, "Rapid review of an infant's sudden unexpected death", null, 140,
                "Recorded and shared with GP practices afterwards."), actor);
        learning.addEvent(new LearningEventDetails("Escalation and resolving professional disagreement", calendar.on(3, 10, 17),
                LearningEventFormat.WORKSHOP, null, null, 30, 27, null), actor);
        learning.addEvent(new LearningEventDetails("Annual safeguarding conference: learning from reviews", calendar.on(2, 6, 20),
                LearningEventFormat.CONFERENCE, audit, "Multi-agency audit of neglect cases, " + calendar.on(2, 5, 1).getYear(), 200, 176, null), actor);

        point(actor, calendar.on(3, 6, 14), BriefingSubject.AUDIT, "Multi-agency audit of early help, " + calendar.on(3, 6, 1).getYear(), LearningTheme.VOICE_OF_THE_CHILD,
                "Children's own words were rarely recorded in early help plans.");
        point(actor, calendar.on(3, 1, 8), BriefingSubject.RAPID_REVIEW, "Rapid review of an infant's sudden unexpected death, winter " + calendar.on(3, 12, 1).getYear(),
                LearningTheme.INFORMATION_SHARING, "The father's heavy drinking, known to the previous health visiting team, was not passed on when the family moved.");
        point(actor, calendar.on(3, 1, 8), BriefingSubject.RAPID_REVIEW, "Rapid review of an infant's sudden unexpected death, winter " + calendar.on(3, 12, 1).getYear(),
                LearningTheme.PROFESSIONAL_CURIOSITY, "Practitioners did not ask where the baby slept after the family moved.");
        point(actor, calendar.on(3, 7, 4), BriefingSubject.RAPID_REVIEW, "Rapid review of a young person missing from home, summer " + calendar.on(3, 6, 1).getYear(),
                LearningTheme.EXPLOITATION, "Missing episodes were treated one at a time and not linked to exploitation risk.");
        point(actor, calendar.on(3, 1, 16), BriefingSubject.CASE_REVIEW, "Harbour", LearningTheme.NEGLECT,
                "Missed health visiting contacts after each move were not seen as a sign that the baby's needs were going unmet.");
        point(actor, calendar.on(3, 1, 16), BriefingSubject.CASE_REVIEW, "Harbour", LearningTheme.NEGLECT,
                "The baby's weight fell across two centiles while the family moved, and no one professional saw both measurements.");
        point(actor, calendar.on(3, 1, 16), BriefingSubject.CASE_REVIEW, "Harbour", LearningTheme.INFORMATION_SHARING,
                "Health visiting records did not follow the family between temporary addresses; each move reset contact.");
        point(actor, calendar.on(3, 1, 16), BriefingSubject.CASE_REVIEW, "Harbour", LearningTheme.ESCALATION,
                "A midwife worried that the pre-birth assessment started at 34 weeks but did not use the escalation procedure.");
        point(actor, calendar.on(3, 2, 7), BriefingSubject.CASE_REVIEW, "Harbour", LearningTheme.VOICE_OF_THE_CHILD,
                "Records described the parents' housing in detail but said almost nothing about the baby's daily care.");
        point(actor, calendar.on(3, 3, 5), BriefingSubject.OTHER, "Section 11 audit returns, " + calendar.year(3).label(), LearningTheme.OTHER,
                "Several agencies' safeguarding training records were out of date.");
        point(actor, calendar.on(2, 5, 8), BriefingSubject.AUDIT, "Multi-agency audit of neglect cases, " + calendar.on(2, 5, 1).getYear(), LearningTheme.PROFESSIONAL_CURIOSITY,
                "Parents' explanations were accepted without being checked with other agencies in 8 of 12 cases.");
        point(actor, calendar.on(2, 5, 8), BriefingSubject.AUDIT, "Multi-agency audit of neglect cases, " + calendar.on(2, 5, 1).getYear(), LearningTheme.NEGLECT,
                "The neglect screening tool was used in only a third of cases.");
        point(actor, calendar.on(2, 9, 18), BriefingSubject.CASE_REVIEW, "Willow", LearningTheme.EXPLOITATION,
                "Records described a child at risk of exploitation as making lifestyle choices.");

        lastYear(actor, caseReviews.willow(), caseReviews.marram());
        thisYear(actor, incidents);
    }

    /**
     * Last year: the briefings from Willow and Marram after their publication, Marram's practitioner
     * event and its points. (Willow's early-learning draft, written while the review waited for the
     * criminal trial, was never published: the full briefing replaced it.)
     */
    private void lastYear(CurrentPerson actor, long willowReview, long marramReview) {
        long willow = briefings.create(new BriefingDetails(
                "Willow: going missing is a warning", BriefingSubject.CASE_REVIEW, willowReview,
                "Willow (local child safeguarding practice review)",
                """
                Willow is the name given to a 14-year-old girl who went missing from home four times in six months \
                before she was seriously assaulted by the adults exploiting her.""",
                """
                Children who go missing repeatedly are at high risk of exploitation. Each episode seen on its own \
                hides the pattern.""",
                """
                - Missing episodes were handled one at a time by different agencies.
                - Return home interviews were offered late or not at all.
                - Records described her as making lifestyle choices.""",
                """
                A child cannot consent to their own exploitation. Look for the pattern and name it.""",
                """
                - Share every missing episode with the exploitation hub the next working day.
                - Offer a return home interview within 72 hours.
                - Describe what is happening to the child, not their choices.""",
                """
                - How many times has this child gone missing this year?
                - Whose words are you using to describe the child?"""), actor);
        briefings.publish(willow, 0, calendar.on(1, 7, 15), actor);
        long marram = briefings.create(new BriefingDetails(
                "Marram: when a new partner moves in", BriefingSubject.CASE_REVIEW, marramReview,
                "Marram (local child safeguarding practice review)",
                """
                Marram is the name given to a nine-year-old boy seriously injured by his mother's new partner, \
                a man the police knew had abused two previous partners.""",
                """
                A new adult in the household changes the risks to a child. Agencies often learn of the move \
                last, if at all.""",
                """
                - The police knew the partner's history but not that he had moved in.
                - The school recorded the boy's fear of going home but did not share it.
                - The GP record did not show who lived in the household.""",
                """
                Ask who lives at home, and who has just moved in. Share what a child tells you about the adults there.""",
                """
                - Ask about new adults in the household at every contact.
                - Share a child's fear of going home with the front door the same day.
                - Check domestic abuse history when a new partner is named.""",
                """
                - Who lives with the children you work with?
                - What would you do if a child said they did not want to go home?"""), actor);
        briefings.publish(marram, 0, calendar.on(1, 5, 20), actor);
        learning.addEvent(new LearningEventDetails("Marram: new partners and hidden risks – practitioner event", calendar.on(1, 6, 17),
                LearningEventFormat.PRACTITIONER_EVENT, marram, "Marram", 90, 78,
                "Held at Eastmere Civic Centre with Safe Steps. Most of those who gave feedback said they would now ask who lives at home."),
                actor);
        point(actor, calendar.on(1, 4, 28), BriefingSubject.CASE_REVIEW, "Marram", LearningTheme.INFORMATION_SHARING,
                "The police knew a new partner's history of domestic abuse but had no way to learn he had moved in with children.");
        point(actor, calendar.on(1, 4, 28), BriefingSubject.CASE_REVIEW, "Marram", LearningTheme.VOICE_OF_THE_CHILD,
                "A child's fear of going home was recorded by his school but not shared.");
    }

    /** This year: the briefing from last year's rapid review on self-harm, a webinar, and the points from Heron's rapid review. */
    private void thisYear(CurrentPerson actor, EastmereIncidents.Loaded incidents) {
        // early in the year, or today if the year has only just begun
        LocalDate published = Collections.min(List.of(calendar.today(), calendar.year(0).start().plusDays(40)));
        long selfHarm = briefings.create(new BriefingDetails(
                "Self-harm and online abuse: a teenager's overdose", BriefingSubject.RAPID_REVIEW, incidents.lastYearsNoLocalReview(),
                "Rapid review of a teenager's overdose",
                """
                A 15-year-old girl took an overdose after months of abuse online by older young people. She had been to \
                hospital twice before after harming herself.""",
                """
                Self-harm is often a sign of harm from others. Online abuse can be as frightening as abuse in person.""",
                """
                - Two hospital attendances for self-harm were not shared with her school.
                - The online abuse was treated as bullying, not as possible exploitation.
                - Her mother had asked the school for help twice.""",
                """
                Ask what lies behind self-harm, and who else a young person is in contact with online.""",
                """
                - Tell the school nurse of every emergency attendance for self-harm.
                - Consider exploitation when older young people abuse a child online.
                - Listen to parents who ask for help.""",
                """
                - What would you ask a young person who has harmed themselves?
                - How do you tell online bullying from exploitation?"""), actor);
        briefings.publish(selfHarm, 0, published, actor);
        learning.addEvent(new LearningEventDetails("Self-harm and online abuse: webinar for schools and health", published,
                LearningEventFormat.WEBINAR, selfHarm, "Rapid review of a teenager's overdose", null, 118,
                "Recorded and shared with every secondary school."), actor);
        LocalDate heronRapidReview = incidents.heronDecided().minusDays(1);
        point(actor, heronRapidReview, BriefingSubject.RAPID_REVIEW, "Rapid review of a baby's head injury (Heron)",
                LearningTheme.ESCALATION, "Bruising on a non-mobile baby was seen by a GP and not referred under the bruising protocol.");
        point(actor, heronRapidReview, BriefingSubject.RAPID_REVIEW, "Rapid review of a baby's head injury (Heron)",
                LearningTheme.INFORMATION_SHARING, "Each parent's needs were known to one agency, and no agency saw both.");
    }

    private void point(CurrentPerson actor, LocalDate on, BriefingSubject source, String sourceTitle, LearningTheme theme, String text) {
        learning.addPoint(new LearningPointDetails(text, on, source, sourceTitle, theme), actor);
    }
}
