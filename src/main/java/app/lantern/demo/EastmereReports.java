package app.lantern.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

import app.lantern.report.ReportHistory;
import app.lantern.shared.ReportingYear;

/**
 * Eastmere's yearly reports, like a real partnership's. The three complete years before the
 * current one (2023–24 to 2025–26 when the demo loads in 2026–27) are published, each at the end
 * of the September after its year, signed off by the three lead partners and sent to the national
 * panel and Foundations within days; last year's has a second version a fortnight later that
 * corrects a context figure. The current year's report is a draft, started from last year's: some
 * chapters written, two comments (one resolved), and signed off by the council and the police but
 * not yet by the ICB; independent scrutiny, training and the areas of little progress are still to
 * write. The "about the partnership" paragraph, the introduction to Eastmere and the glossary are
 * standing text, written once and carried into every later year. Every name and figure is invented.
 *
 * <p>Loaded last: publishing freezes the other modules' figures as they are when it runs.
 */
@Component
class EastmereReports {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final String WELCOME = "Welcome from the safeguarding partners";
    private static final String AREA = "Our area";
    private static final String HIGHLIGHTS = "Highlights of the year";
    private static final String ROLE = "Role and structure";
    private static final String FUNDING = "Funding and resourcing";
    private static final String COMMUNICATION = "Communication";
    private static final String AGENCIES = "Relevant agencies";
    private static final String SCRUTINY = "Independent scrutiny";
    private static final String JOURNEY = "The journey of the child";
    private static final String CASE_REVIEWS = "Learning from case reviews";
    private static final String ACTIVITY = "Key activity: audits and training";
    private static final String PROGRESS = "Progress against priorities";
    private static final String NEXT_PLAN = "Next year's business plan";
    private static final String GLOSSARY = "Glossary";

    private static final String CHILDREN = "Children and young people aged 0 to 17";
    private static final String POVERTY = "Children living in low income families";
    private static final String MEALS = "Pupils eligible for free school meals";
    private static final String POPULATION_SOURCE = "ONS mid-year population estimates";
    private static final String POVERTY_SOURCE = "Department for Work and Pensions, children in low income families: local area statistics";
    private static final String MEALS_SOURCE = "Department for Education, schools, pupils and their characteristics (January census)";

    private final ReportHistory history;
    private final DemoCalendar calendar;

    EastmereReports(ReportHistory history, DemoCalendar calendar) {
        this.history = history;
        this.calendar = calendar;
    }

    void load(EastmerePeople.Staff staff) {
        var leads = new Leads(staff.get("partner-lead").id(), staff.get("police-lead").id(), staff.get("icb-lead").id());
        threeYearsAgo(leads);
        twoYearsAgo(leads);
        lastYear(leads);
        thisYear(leads, staff.get("scrutineer").id());
    }

    /** The lead partners' account ids: the council's, the police's and the ICB's. */
    private record Leads(long council, long police, long icb) {
    }

    // ---- three years back: the first report written in Lantern, from the default chapters ----------

    private void threeYearsAgo(Leads leads) {
        var year = calendar.year(3);
        history.start(year, leads.council(), leads.police(), leads.icb());
        standingText(year);

        history.narrative(year, WELCOME, """
                Welcome to the yearly report of the Eastmere Safeguarding Children Partnership for %s. It sets out what we, \
                the council, Eastmere Police and the integrated care board, did together with our relevant agencies to keep \
                children safe, and how well it worked.

                This was a year of change. New national guidance asked us to rethink who is accountable for the \
                arrangements. We published our first local child safeguarding practice review for some \
                years, "Harbour", and we have tried to be open about what it told us.

                We are grateful to every practitioner, volunteer and family who helped us this year. We also know there is \
                more to do, and this report says where."""
                .formatted(year.label()), false);

        contextFigures(year, "58,400", "22%", "24.6%");
        history.narrative(year, AREA, """
                # If Eastmere had 100 children
                * 22 would live in a family on a low income
                * 25 would be eligible for free school meals
                * 4 would be known to children's social care as a child in need
                * fewer than 1 would be subject to a child protection plan""", false);

        history.narrative(year, HIGHLIGHTS, """
                * We published the local review "Harbour" in January, with five recommendations, and briefed more than 300 \
                practitioners on it within two months.
                * Health visitors and housing officers now share a family's change of address within two working days, \
                after Harbour showed how moves reset the network around a baby.
                * Our new seven-priority business plan was agreed by the Executive in May.""", false, "IMPACT");
        history.caseStudy(year, HIGHLIGHTS, "A baby seen through four moves",
                """
                A young mother and her baby moved three times in six months between temporary addresses. The health visitor \
                used the new address-sharing agreement each time. The housing officer and the new health visitor met the \
                mother together within a week of each move, so no appointment was missed.""",
                "Health visiting, housing, children's social care",
                "The baby's checks were all on time and the family moved into a settled home with a named health visitor.");
        history.voice(year, HIGHLIGHTS,
                "\"I had to tell my story again every time we moved. Nobody knew what the last worker had said.\"",
                "A parent, in the family feedback group at the Harbourside family hub",
                "Families who move between areas now get one letter they can show any worker, and the worker reads it "
                        + "before the first visit.");

        history.narrative(year, FUNDING, """
                The three partners fund the arrangements, with smaller contributions from probation and youth justice. \
                This year we spent about £34,000 more than our income, mostly on the Harbour review, and the council covered \
                the gap. The Executive has agreed that reviews will be costed at the start in future.""", false, "FUNDING");
        history.narrative(year, COMMUNICATION, """
                Our website had about 21,000 visits this year. We sent a monthly newsletter to 1,400 practitioners and ran \
                our first 7-minute briefings, short summaries a team can read together at the start of a meeting.""", false);
        history.narrative(year, SCRUTINY, """
                Our independent scrutineer attended every Executive meeting, read a sample of rapid reviews and met frontline \
                practitioners in three focus groups.

                ^ "The partners know their strengths and are honest about their weaknesses. Decisions are taken at the right \
                level, but actions agreed after reviews are not always followed up with the same energy." Independent \
                scrutineer""", false, "SCRUTINY");
        history.narrative(year, JOURNEY, """
                The figures in this report follow a child's journey from early help to care. More families asked for early \
                help this year, and fewer children were referred to social care twice within a year.""", false);
        history.narrative(year, CASE_REVIEWS, """
                We received three serious incident notifications and held two rapid reviews. One led to the local review \
                "Willow"; its work was finished this year but it cannot be published until criminal proceedings end. \
                Harbour's five recommendations each have an action with a named owner; three were complete by March.""",
                false, "REVIEW_RECOMMENDATIONS");
        history.narrative(year, ACTIVITY, """
                # Audits
                Our Section 11 audit had returns from all 34 agencies asked. A multi-agency audit of eight cases of \
                babies under one found good joint work in hospital but weaker planning after discharge.

                # Training
                We ran 41 courses for 1,120 people. Three months after a course, 78% of those who answered our follow-up \
                said they had changed something in their practice, most often how they record a child's own words.""",
                false, "TRAINING");
        history.narrative(year, PROGRESS, """
                Five of our seven priorities made good progress. The live figures below show each action and where it stands.

                # Where we made little progress
                Our work with the Safeguarding Adults Board on young people moving to adult services did not move forward: \
                the joint group met only twice. We have made it part of the three-year plan with a named lead.""",
                false, "DONE_AND_EFFECTIVE", "LITTLE_PROGRESS");
        history.childrenText(year, """
                This is a short report for children and families.

                Lots of people in Eastmere help to keep children safe. They work in schools, in health, in the police \
                and at the council.

                This year we learned that families who move house a lot can get lost. Now workers tell each other \
                when a family moves. Families do not have to tell their story again and again.

                We also trained more than a thousand people. We asked them what they did differently after. Most said \
                they now write down what children tell them in the child's own words.""");

        publishFirst(year, leads, lateSeptemberAfter(year));
    }

    // ---- two years back: the first year of the three-year plan -------------------------------------

    private void twoYearsAgo(Leads leads) {
        var year = calendar.year(2);
        history.start(year, leads.council(), leads.police(), leads.icb());

        history.narrative(year, WELCOME, """
                Welcome to our report for %s, the first year of our three-year business plan. We put the new national \
                arrangements in place: the three of us are now named as the lead partners, and a headteacher sits on our \
                Executive so that schools are part of every decision.

                Our multi-agency audit of neglect was the hardest reading of the year. It found that neglect was recognised \
                late in a third of the cases we looked at. We say in this report what we are doing about it."""
                .formatted(year.label()), false);

        contextFigures(year, "58,900", "21%", "25.3%");
        history.narrative(year, AREA, """
                # If Eastmere had 100 children
                * 21 would live in a family on a low income
                * 25 would be eligible for free school meals
                * 4 would be known to children's social care as a child in need""", false);

        history.narrative(year, HIGHLIGHTS, """
                * Schools joined our Executive, and our education committee now meets every half term.
                * Early help assessments started by schools rose by a fifth, after our training on early help for school staff.
                * Our annual conference on neglect was attended by 260 practitioners.""", false, "IMPACT");
        history.caseStudy(year, HIGHLIGHTS, "Help before it got worse",
                """
                A primary school noticed that a boy in Year 3 was often hungry and his clothes were not washed. Staff used \
                the graded care profile with his mother rather than making a referral straight away. An early help worker \
                and the school nurse then met the family together.""",
                "Primary school, early help, school nursing",
                "Within three months the boy's attendance went from 82% to 96% and his mother had help with debts.");
        history.voice(year, HIGHLIGHTS,
                "\"Teachers should ask us how things are at home, not just tell us off for being late.\"",
                "Eastmere Youth Council, at its meeting with the Executive",
                "Our training for school staff now starts with young people's own words on lateness and what can lie behind it.");

        history.narrative(year, FUNDING, """
                Income and spending were in balance this year. The partners agreed a shared formula so that each partner's \
                contribution is known before the year starts.""", false, "FUNDING");
        history.narrative(year, COMMUNICATION, """
                We moved our newsletter to a shorter fortnightly bulletin and published six 7-minute briefings. \
                Practitioners told us they prefer short pieces they can use in team meetings.""", false);
        history.narrative(year, SCRUTINY, """
                Our scrutineer reviewed how the new arrangements work in practice and spoke with 30 frontline practitioners.

                ^ "Education now has a real voice at the table. The partners must make sure that the learning from audits \
                reaches the front line, not only the committees." Independent scrutineer""", false, "SCRUTINY");
        history.narrative(year, JOURNEY, """
                Fewer children became subject to a child protection plan for a second time. Contacts from schools rose, \
                which we think reflects the early help training rather than more harm.""", false);
        history.narrative(year, CASE_REVIEWS, """
                We held one rapid review and decided, with the national panel's agreement, that the learning could be \
                shared without a local review. "Marram", decided at the start of the year from a rapid review, is under \
                way. Willow still awaits the end of criminal proceedings.""", false, "REVIEW_RECOMMENDATIONS");
        history.narrative(year, ACTIVITY, """
                # Audits
                The multi-agency audit of neglect looked at twelve families. Good practice was found where one worker knew \
                the family well; neglect was missed where each agency saw only a part of the picture.

                # Training
                We trained 1,260 people. Our new neglect course asks each person to bring a case and to try the graded \
                care profile on it; managers report more neglect assessments using the tool since.""", false, "TRAINING");
        history.narrative(year, PROGRESS, """
                Most actions in the first year of the plan are on track; the live figures below show each one.

                # Where we made little progress
                We planned to bring together the data of all three partners on exploitation in one dashboard. Differences in \
                how each partner records exploitation meant this was not done, and it has been carried into next year.""",
                false, "DONE_AND_EFFECTIVE", "LITTLE_PROGRESS");
        history.childrenText(year, """
                This is a short report for children and families.

                This year schools joined the group that makes the big decisions about keeping children safe.

                We looked closely at children who do not get enough care at home. We call this neglect. We found that \
                some children waited too long for help. So we trained more people to spot it early.

                Young people told us that teachers should ask what is happening at home. Now our training for teachers \
                starts with what young people said.""");

        publishFirst(year, leads, lateSeptemberAfter(year));
    }

    // ---- last year: published, then corrected ------------------------------------------------------

    private void lastYear(Leads leads) {
        var year = calendar.year(1);
        history.start(year, leads.council(), leads.police(), leads.icb());

        history.narrative(year, WELCOME, """
                Welcome to our report for %s. This year we published two local reviews, "Willow" and "Marram", and both \
                asked hard questions of us. We have answered them in this report with what we have changed.

                Our partnership is stronger than it was three years ago, but we are not yet sure that every child feels the \
                difference. Next year we will listen more closely to children, and show what we heard."""
                .formatted(year.label()), false);

        contextFigures(year, "59,200", "21%", "25.9%");
        history.narrative(year, AREA, """
                # If Eastmere had 100 children
                * about 1 in 5 would live in a family on a low income
                * 26 would be eligible for free school meals
                * 5 would be known to children's social care as a child in need""", false);

        history.narrative(year, HIGHLIGHTS, """
                * We published "Willow" in June and "Marram" early in the year, each with a briefing and a practitioner event.
                * After Marram, the emergency department now asks every young person who self-harms who they would like us to \
                talk to, and tells their school with their agreement.
                * The refreshed graded care profile was used in 410 assessments.""", false, "IMPACT");
        history.caseStudy(year, HIGHLIGHTS, "Someone to talk to after hospital",
                """
                A 14-year-old girl came to the emergency department after hurting herself. She said she wanted her form \
                tutor to know, but not her whole school. The hospital's safeguarding nurse spoke to the school's safeguarding \
                lead the same day, and a youth worker met her within a week.""",
                "Hospital, school, youth service",
                "She stayed in school, chose who knew, and had a named adult to go to. She told us she felt believed.");
        history.voice(year, HIGHLIGHTS,
                "\"When I went to A&E nobody asked me what I wanted. They just rang everyone.\"",
                "A young person, in the Marram review's conversations with young people",
                "The hospital's self-harm pathway now starts by asking the young person who they want told, and records it.");

        history.narrative(year, FUNDING, """
                Income and spending were in balance. The partners agreed a 3% rise in contributions for next year to pay \
                for a second learning and development officer.""", false, "FUNDING");
        history.narrative(year, COMMUNICATION, """
                We launched a page of our website written with young people, and published every 7-minute briefing in an \
                easy read version.""", false);
        history.narrative(year, SCRUTINY, """
                Our scrutineer followed the Marram recommendations from agreement to practice, and visited the emergency \
                department.

                ^ "The partnership has moved from reporting activity to showing impact. The next test is whether children's \
                views shape priorities, not only services." Independent scrutineer""", false, "SCRUTINY");
        history.narrative(year, JOURNEY, """
                Re-referrals to children's social care within a year fell again. More children were seen by early help \
                and fewer needed a statutory assessment.""", false);
        history.narrative(year, CASE_REVIEWS, """
                Willow was published in June, after the criminal trial ended. Its four recommendations were agreed by the \
                Executive in the same month. Marram was published early in the year; all three of its recommendations are \
                complete. We held one rapid review, which decided against a local review.""", false, "REVIEW_RECOMMENDATIONS");
        history.narrative(year, ACTIVITY, """
                # Audits
                Our Section 11 audit was repeated with every agency. Ten agencies had a safeguarding policy more than two \
                years old; eight have updated it since.

                # Training
                We trained 1,390 people. We followed up the self-harm course at six months: practitioners said they now ask \
                young people who they want told, which is what Marram asked for.""", false, "TRAINING");
        history.narrative(year, PROGRESS, """
                The second year of the three-year plan is on track for most priorities; the live figures below show each action.

                # Where we made little progress
                The exploitation dashboard is still not in place. Two partners have changed their recording systems, and we \
                now expect it in the autumn.""", false, "DONE_AND_EFFECTIVE", "LITTLE_PROGRESS");
        history.childrenText(year, """
                This is a short report for children and families.

                This year we shared what we learned from two children's stories. We gave them the names Willow and Marram, \
                so nobody can tell who they are.

                Young people told us that hospital staff did not ask what they wanted. Now they ask. Young people choose who \
                is told.

                Next year we want to hear more from you. Tell us what helps and what does not.""");

        var first = publishFirst(year, leads, lastYearPublished());

        // A fortnight later a corrected poverty figure (which withdraws version 1's sign-offs), signed off
        // again and published as version 2.
        var second = weekdayOnOrBefore(min(first.plusDays(14), calendar.fromToday(-7)));
        history.correctContext(year, AREA, POVERTY, "19%", at(weekdayOnOrBefore(second.minusDays(7)), 9, 15));
        signAll(year, leads, second, 5, 3, 1);
        history.publish(year, "Corrects the share of children living in low income families (was 21%, now 19%): the earlier "
                + "figure was for the whole population, not children.", at(second, 10, 0));
    }

    // ---- this year: a draft, started from last year's report --------------------------------------

    private void thisYear(Leads leads, long scrutineer) {
        var year = calendar.year(0);
        history.start(year, leads.council(), leads.police(), leads.icb());

        history.narrative(year, WELCOME, """
                Welcome to our report for %s, the last year of our three-year business plan. [Draft: to be agreed by the \
                three partners.]

                This year we began our local review "Heron". We also refreshed how we listen to children, following last \
                year's scrutiny."""
                .formatted(year.label()), false);
        contextFigures(year, "59,500", "19%", "26.1%");
        history.narrative(year, HIGHLIGHTS, """
                * Young people from the youth council now sit on our Executive twice a year.
                * The exploitation dashboard went live in the summer, bringing together the three partners' figures.""",
                false, "IMPACT");
        history.voice(year, HIGHLIGHTS,
                "\"It was the first meeting where the adults asked us questions instead of giving a talk.\"",
                "Eastmere Youth Council, after its first Executive meeting",
                "The Executive added a priority on children's mental health to next year's plan at the youth council's request.");
        history.narrative(year, CASE_REVIEWS, """
                Heron is under way, decided after a rapid review earlier this year. Its practitioner event has been \
                delayed, and we will say here when it has taken place.""", false, "REVIEW_RECOMMENDATIONS");

        history.comment(year, AREA, scrutineer, "Please check the poverty figure against the latest local area statistics "
                + "before this goes for sign-off, given last year's correction.", "Checked: 19% is the latest published figure.",
                instantDaysAgo(12, 10, 30));
        history.comment(year, HIGHLIGHTS, leads.icb(), "Can we add a health example alongside the youth council's? The "
                + "ICB would like the new perinatal mental health pathway mentioned.", null, instantDaysAgo(4, 15, 10));

        // The council and the police have signed off the draft as it stands; the ICB has not yet.
        history.signOff(year, "LOCAL_AUTHORITY", leads.council(), instantDaysAgo(3, 16, 0));
        history.signOff(year, "POLICE", leads.police(), instantDaysAgo(2, 11, 45));
    }

    // ---- shared by every year ----------------------------------------------------------------------

    /** Written once, in the first report, and carried into every later year's by ReportService.start. */
    private void standingText(ReportingYear year) {
        history.narrative(year, AREA, """
                Eastmere is a coastal borough of about 260,000 people: a port town, two market towns and a rural hinterland \
                of villages. Most families in need of help live in the wards around the old docks, where housing is \
                crowded and many homes are rented for short periods.""", true);
        history.narrative(year, ROLE, """
                The Eastmere Safeguarding Children Partnership is the council, Eastmere Police and the integrated care board \
                working together with schools, health services, probation, the fire service and the voluntary sector. The \
                three partners' delegates meet as the Executive; its committees do the detailed work, and an independent \
                scrutineer tells us how well the arrangements work.""", true);
        history.narrative(year, GLOSSARY, """
                * Child in need: a child who needs help from children's social care to be safe, healthy or to develop well.
                * Early help: support for a family as soon as a problem appears, before it gets worse.
                * Graded care profile: a tool that helps practitioners see whether a child's needs are met at home.
                * Local child safeguarding practice review: a review of what happened when a child died or was seriously \
                harmed, and what we must learn.
                * Rapid review: the first look, within 15 working days, at a serious incident.
                * Relevant agencies: the organisations that must work with the partners to keep children safe.
                * 7-minute briefing: a one-page summary of learning that a team can read together.""", true);
    }

    private void contextFigures(ReportingYear year, String children, String poverty, String meals) {
        int start = year.startYear();
        history.context(year, AREA, CHILDREN, children, POPULATION_SOURCE, LocalDate.of(start - 1, 6, 30));
        history.context(year, AREA, POVERTY, poverty, POVERTY_SOURCE, LocalDate.of(start, 3, 31));
        history.context(year, AREA, MEALS, meals, MEALS_SOURCE, LocalDate.of(start + 1, 1, 16));
    }

    /** The three sign-offs in the week or so before {@code published}, then version 1, sent on within the week. */
    private LocalDate publishFirst(ReportingYear year, Leads leads, LocalDate published) {
        signAll(year, leads, published, 9, 6, 3);
        history.publish(year, null, at(published, 10, 0));
        history.sentToEveryRecipient(year, weekdaysAfter(published, 3));
        return published;
    }

    /** The council's, the police's and the ICB's sign-offs, the given numbers of days before {@code published}. */
    private void signAll(ReportingYear year, Leads leads, LocalDate published, int council, int police, int icb) {
        history.signOff(year, "LOCAL_AUTHORITY", leads.council(), at(weekdayOnOrBefore(published.minusDays(council)), 16, 0));
        history.signOff(year, "POLICE", leads.police(), at(weekdayOnOrBefore(published.minusDays(police)), 11, 30));
        history.signOff(year, "ICB", leads.icb(), at(weekdayOnOrBefore(published.minusDays(icb)), 14, 15));
    }

    /** The weekday on or before 26 September after the year ends: reports are due by the end of September. */
    private static LocalDate lateSeptemberAfter(ReportingYear year) {
        return weekdayOnOrBefore(LocalDate.of(year.startYear() + 1, 9, 26));
    }

    /**
     * Last year's report is published in late September of this year; if this year is too young for
     * that, three weeks ago, so its correction a fortnight later is still in the past.
     */
    private LocalDate lastYearPublished() {
        return weekdayOnOrBefore(min(LocalDate.of(calendar.year(0).startYear(), 9, 26), calendar.fromToday(-21)));
    }

    private Instant instantDaysAgo(int days, int hour, int minute) {
        return at(calendar.fromToday(-days), hour, minute);
    }

    private static Instant at(LocalDate date, int hour, int minute) {
        return date.atTime(LocalTime.of(hour, minute)).atZone(LONDON).toInstant();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate weekdayOnOrBefore(LocalDate date) {
        var day = date;
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) day = day.minusDays(1);
        return day;
    }

    /** Weekdays after {@code date}; late September has no bank holidays, so these are working days. */
    private static LocalDate weekdaysAfter(LocalDate date, int days) {
        var day = date;
        for (int left = days; left > 0; ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) left--;
        }
        return day;
    }
}
