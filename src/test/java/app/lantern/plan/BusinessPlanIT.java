package app.lantern.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.lantern.LanternIntegrationTest;
import app.lantern.actions.ActionStatus;
import app.lantern.actions.ActionTracker;
import app.lantern.actions.SourceKind;
import app.lantern.identity.CurrentPerson;
import app.lantern.identity.RunAs;
import app.lantern.shared.EditConflicts;
import app.lantern.shared.Figure;
import app.lantern.shared.FigureBlock;
import app.lantern.shared.RecordLink;
import java.time.Clock;
import app.lantern.identity.OrganisationDirectory;
import app.lantern.identity.People;
import app.lantern.shared.Rag;
import app.lantern.shared.ReportingYear;

/**
 * The business plan against the embedded PostgreSQL, as people use it. Every test makes its own
 * plan in years far from the demo's (no two plans may cover the same year), from 2101 on.
 */
@LanternIntegrationTest
@WithUserDetails("business.unit@eastmere.example")
class BusinessPlanIT {

    /** Each test takes the next free block of years. */
    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(2101);

    @Autowired PlanService plans;
    @Autowired PlanReader reader;
    @Autowired PlanContents contents;
    @Autowired PlanActions actions;
    @Autowired PlanProgress progress;
    @Autowired PlanYearlyFacts yearly;
    @Autowired RunAs runAs;
    @Autowired Clock clock;
    @Autowired ActionTracker tracker;
    @Autowired People people;
    @Autowired OrganisationDirectory organisations;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    /** The business unit, signed in (as every test is): services check the signed-in person. */
    CurrentPerson businessUnit() {
        return runAs.as("business.unit@eastmere.example", p -> p);
    }

    /** Does the work signed in as a partner lead, who approves plans. */
    void asPartnerLead(java.util.function.Consumer<CurrentPerson> work) {
        runAs.run("partner.lead@eastmere.example", work);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    long organisation() {
        return organisations.choices().get(0).id();
    }

    /** A draft plan of one year with one priority and one objective. */
    record Fixture(long plan, long priority, long objective, ReportingYear year) {
    }

    Fixture aDraft(String title) {
        var year = new ReportingYear(NEXT_YEAR.getAndAdd(3));
        long plan = plans.create(new PlanDetails(title, year, 1, null), businessUnit());
        long priority = plans.addPriority(plan, new PriorityDetails("Early help", "Families reach help late", "Head of Early Help"),
                businessUnit());
        long objective = plans.addObjective(plan, priority, new ObjectiveDetails("Thresholds understood", "Right help first time"),
                businessUnit());
        return new Fixture(plan, priority, objective, year);
    }

    void approve(long plan, LocalDate on) {
        asPartnerLead(lead -> plans.approve(plan, plans.version(plan), new PlanApproval(on, "Agreed at the Executive"), lead));
    }

    @Test
    void an_approved_plan_changes_only_through_a_revision_which_records_who_changed_what_and_who_approved_it() {
        var f = aDraft("Revision test plan");
        approve(f.plan(), LocalDate.of(2026, 1, 10));

        assertThatThrownBy(() -> plans.updatePriority(f.plan(), f.priority(), 0,
                new PriorityDetails("Changed without a revision", "Why", "Lead"), businessUnit()))
                .isInstanceOf(PlanService.NotAllowed.class).hasMessageContaining("start a revision");

        int number = plans.startRevision(f.plan(), plans.version(f.plan()), "New statutory guidance", businessUnit());
        assertThat(number).isEqualTo(1);
        plans.updatePriority(f.plan(), f.priority(), 0, new PriorityDetails("Early help for every family", "Families reach help late",
                "Head of Early Help"), businessUnit());
        plans.addObjective(f.plan(), f.priority(), new ObjectiveDetails("Family hubs open", "Help nearby"), businessUnit());
        assertThat(reader.plan(f.plan()).status()).isEqualTo(PlanStatus.REVISING);

        approve(f.plan(), today());

        var page = reader.planPage(f.plan());
        assertThat(page.plan().status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(page.plan().revision()).isEqualTo(1);
        assertThat(page.plan().approvedOn()).isEqualTo(LocalDate.of(2026, 1, 10));
        var revision = page.revisions().get(0);
        assertThat(revision.revision().number()).isEqualTo(1);
        assertThat(revision.revision().reason()).isEqualTo("New statutory guidance");
        assertThat(revision.revision().startedByName()).isEqualTo("Delyth Marwood");
        assertThat(revision.revision().approvedByName()).isEqualTo("Sunil Varadkar");
        assertThat(revision.changes()).extracting(PlanRecords.RevisionChange::what).containsExactly(
                "Priority 1: title “Early help” → “Early help for every family”",
                "Added objective 1.2: Family hubs open");
        assertThat(revision.changes()).allSatisfy(c -> assertThat(c.changedByName()).isEqualTo("Delyth Marwood"));
    }

    @Test
    void a_partner_lead_approves_a_plan_only_as_they_read_it_and_only_once_it_has_objectives() {
        var year = new ReportingYear(NEXT_YEAR.getAndAdd(3));
        long plan = plans.create(new PlanDetails("Empty plan", year, 1, null), businessUnit());
        long priority = plans.addPriority(plan, new PriorityDetails("Exploitation", "Why", "Lead"), businessUnit());
        assertThatThrownBy(() -> approve(plan, today())).isInstanceOf(PlanService.NotAllowed.class)
                .hasMessage("Priority 1 needs at least one objective before the plan is approved");

        long readAt = plans.version(plan);
        plans.addObjective(plan, priority, new ObjectiveDetails("Screening", "Children identified early"), businessUnit());
        assertThatThrownBy(() -> asPartnerLead(lead -> plans.approve(plan, readAt, new PlanApproval(today(), null), lead)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> plans.approve(plan, plans.version(plan), new PlanApproval(today(), null), businessUnit()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> asPartnerLead(lead -> plans.approve(plan, plans.version(plan),
                new PlanApproval(today().plusDays(1), null), lead)))
                .isInstanceOf(PlanService.NotAllowed.class);
        approve(plan, today());
        assertThat(reader.plan(plan).status()).isEqualTo(PlanStatus.APPROVED);
    }

    @Test
    void starting_next_years_plan_copies_the_priorities_and_carries_forward_only_open_actions() {
        var f = aDraft("Carry forward test plan");
        long notStarted = raise(f, "Not started action");
        long inProgress = raise(f, "In progress action");
        long completed = raise(f, "Completed action");
        long closed = raise(f, "Closed action");
        tracker.recordProgress(inProgress, ActionStatus.IN_PROGRESS, today(), "Started");
        tracker.recordProgress(completed, ActionStatus.COMPLETED, today(), "Done");
        tracker.recordProgress(closed, ActionStatus.CLOSED, today(), "No longer needed");
        approve(f.plan(), today());

        var started = plans.startNext(f.plan(), "Carry forward next plan", 2, businessUnit());

        assertThat(started.carriedForward()).isEqualTo(2);
        var next = reader.plan(started.planId());
        assertThat(next.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(next.years()).isEqualTo(PlanYears.of(f.year().startYear() + 1, f.year().startYear() + 2));
        assertThat(next.startedFrom()).isEqualTo(f.plan());
        var newObjective = plans.objectiveIds(started.planId()).get("1.1");
        assertThat(tracker.actionsOf(PlanActionSource.BUSINESS_PLAN, PlanRules.sourceId(newObjective)))
                .extracting(a -> a.id()).containsExactlyInAnyOrder(notStarted, inProgress);
        assertThat(tracker.actionsOf(PlanActionSource.BUSINESS_PLAN, PlanRules.sourceId(f.objective())))
                .extracting(a -> a.id()).containsExactlyInAnyOrder(completed, closed);
        assertThat(tracker.actionsOf(PlanActionSource.BUSINESS_PLAN, PlanRules.sourceId(newObjective)).get(0).sourceTitle())
                .isEqualTo("Priority 1, objective 1.1: Thresholds understood");

        // the old plan still lists the carried actions, and its year's facts count them apart
        var facts = progress.progressPage(f.year()).priorities().get(0).facts();
        assertThat(facts.actions()).containsExactlyInAnyOrder(completed, closed);
        assertThat(facts.carriedForward()).containsExactlyInAnyOrder(notStarted, inProgress);
        assertThat(facts.byStatus().get(ActionStatus.COMPLETED)).containsExactly(completed);
        assertThat(facts.byRag().get(Rag.RED)).containsExactly(closed);
        var oldPage = reader.planPage(f.plan());
        assertThat(oldPage.priorities().get(0).objectives().get(0).actions()).hasSize(4)
                .filteredOn(PlanViews.ActionLine::carriedOut).hasSize(2);
        // the old objective can no longer be removed, and the old plan takes no new actions
        assertThatThrownBy(() -> actions.raiseAction(f.plan(), f.objective(), new PlanActionDetails("Late", null, organisation(), null,
                today().plusDays(5)), businessUnit())).isInstanceOf(PlanService.NotAllowed.class);
        // and a second next plan for the same years is refused
        assertThatThrownBy(() -> plans.startNext(f.plan(), "Again", 1, businessUnit())).isInstanceOf(PlanService.YearsTaken.class);
    }

    @Test
    void a_draft_cannot_start_the_next_plan_and_two_plans_cannot_cover_the_same_year() {
        var f = aDraft("Draft only plan");
        assertThatThrownBy(() -> plans.startNext(f.plan(), "Next", 1, businessUnit())).isInstanceOf(PlanService.NotAllowed.class);
        assertThatThrownBy(() -> plans.create(new PlanDetails("Overlapping plan", f.year(), 1, null), businessUnit()))
                .isInstanceOf(PlanService.YearsTaken.class).hasMessageContaining("“Draft only plan” already covers");
    }

    @Test
    void removing_closes_up_the_numbers_and_is_refused_for_objectives_with_actions() {
        var f = aDraft("Numbering plan");
        long second = plans.addPriority(f.plan(), new PriorityDetails("Second", "Why", "Lead"), businessUnit());
        long third = plans.addPriority(f.plan(), new PriorityDetails("Third", "Why", "Lead"), businessUnit());
        contents.removePriority(f.plan(), second, businessUnit());
        assertThat(plans.priorityIds(f.plan())).containsEntry("1", f.priority()).containsEntry("2", third).hasSize(2);

        raise(f, "Blocks removal");
        assertThatThrownBy(() -> contents.removeObjective(f.plan(), f.objective(), businessUnit()))
                .isInstanceOf(PlanService.NotAllowed.class).hasMessageContaining("has actions");
        assertThatThrownBy(() -> contents.removePriority(f.plan(), f.priority(), businessUnit()))
                .isInstanceOf(PlanService.NotAllowed.class);
    }

    @Test
    void the_demo_plan_for_2023_24_gives_the_yearly_report_its_seven_priorities_with_figures_linked_to_their_records() {
        var block = yearly.planBlock(new ReportingYear(2023));
        long plan = reader.planRows().stream().filter(r -> r.years().equals("2023–24")).findFirst().orElseThrow().id();

        assertThat(block.title()).isEqualTo("Business plan");
        assertThat(block.figure("plan.plans").records()).containsExactly(new RecordLink("Eastmere business plan 2023–24", "/plan/" + plan));
        assertThat(block.figure("plan.approved").intValue()).isEqualTo(1);
        var priorities = block.figure("plan.priorities");
        assertThat(priorities.intValue()).isEqualTo(7);
        assertThat(priorities.records().get(1).label()).isEqualTo("Priority 2: Learn from reviews and make the learning stick");
        assertThat(priorities.records().get(1).path()).isEqualTo("/plan/" + plan + "#priority-" + plans.priorityIds(plan).get("2"));
        assertThat(block.figure("plan.objectives").records().get(0).path())
                .isEqualTo("/plan/" + plan + "#objective-" + plans.objectiveIds(plan).get("1.1"));
        assertThat(count(block, "plan.actions.status.NOT_STARTED")).isZero();
        assertThat(count(block, "plan.actions.status.IN_PROGRESS")).isZero();
        assertThat(count(block, "plan.actions.status.COMPLETED")).isEqualTo(21);
        assertThat(count(block, "plan.actions.status.CLOSED")).isEqualTo(3);
        assertThat(count(block, "plan.actions")).isEqualTo(24);
        assertThat(count(block, "plan.actions.carried-forward")).isEqualTo(13);
        assertThat(count(block, "plan.actions.rag.BLUE")).isEqualTo(21);
        assertThat(block.figure("plan.actions.status.COMPLETED").records()).allSatisfy(r -> assertThat(r.path()).startsWith("/actions/"));
        for (int n = 1; n <= 7; n++) {
            assertThat(count(block, "plan.priority." + n + ".status.NOT_STARTED") + count(block, "plan.priority." + n + ".status.IN_PROGRESS"))
                    .as("open actions moved on").isZero();
            assertThat(count(block, "plan.priority." + n + ".rag.BLUE")).isEqualTo(count(block, "plan.priority." + n + ".status.COMPLETED"));
            assertThat(count(block, "plan.priority." + n + ".achievements")).as("priority %d has achievements", n).isPositive();
        }
        assertThat(block.figure("plan.priority.1.achievements").records()).first().isEqualTo(new RecordLink(
                "Threshold and escalation briefings delivered to over 420 practitioners from 31 organisations",
                "/plan/progress?year=2023-24#priority-" + plans.priorityIds(plan).get("1")));
        assertThat(progress.progressPage(new ReportingYear(2023)).priorities())
                .allSatisfy(p -> assertThat(p.facts().narrative()).isNotBlank());

        var none = yearly.planBlock(new ReportingYear(2001));
        assertThat(none.title()).isEqualTo("Business plan");
        assertThat(none.figures()).isEmpty();
    }

    @Test
    void the_current_demo_plan_has_actions_in_every_state_and_some_overdue() {
        var block = yearly.planBlock(ReportingYear.containing(today()));
        assertThat(block.figure("plan.plans").records()).extracting(RecordLink::label).containsExactly("Eastmere business plan 2024–27");
        // on the fixed day (18 November 2026): its open actions' due dates are set from that day by the demo data
        // ActionsJourneyBrowserIT adds an action to this plan and completes it, in the same database, in
        // whichever order the two run: only the demo's own actions are counted here
        var demoActions = block.figures().stream().filter(f -> f.key().startsWith("plan.actions."))
                .map(f -> f.key() + "=" + f.records().stream().filter(r -> !r.label().contains("Train every form tutor in spotting exploitation")).count())
                .toList();
        assertThat(demoActions).containsExactly(
                "plan.actions.status.NOT_STARTED=11", "plan.actions.status.IN_PROGRESS=11", "plan.actions.status.COMPLETED=5",
                "plan.actions.status.CLOSED=1", "plan.actions.rag.RED=9", "plan.actions.rag.AMBER=5",
                "plan.actions.rag.GREEN=9", "plan.actions.rag.BLUE=5", "plan.actions.overdue=8",
                "plan.actions.carried-forward=0");
    }

    static int count(FigureBlock block, String key) {
        var figure = block.figure(key);
        assertThat(figure.unit()).isEqualTo(Figure.Unit.COUNT);
        assertThat(figure.records()).hasSize(figure.intValue());
        return figure.intValue();
    }

    // ---- through the pages --------------------------------------------------------------------

    @Test
    void a_stale_edit_is_refused_with_the_conflict_message_and_what_was_typed_kept() throws Exception {
        var f = aDraft("Conflict plan");
        plans.updatePriority(f.plan(), f.priority(), 0, new PriorityDetails("Changed first", "Why", "Lead"), businessUnit());

        var page = page(post("/plan/{id}/priorities/{p}/edit", f.plan(), f.priority()).with(csrf())
                .param("title", "My change").param("whyItMatters", "Mine").param("lead", "Me").param("version", "0"));

        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary li").eachText()).containsExactly(EditConflicts.MESSAGE);
        assertThat(page.getElementById("title").val()).isEqualTo("My change");
        assertThat(page.getElementById("version").val()).isEqualTo("1");
        assertThat(reader.priority(f.plan(), f.priority()).title()).isEqualTo("Changed first");
    }

    @Test
    void hostile_and_overlong_input_gets_govuk_errors_or_is_stored_and_shown_safely() throws Exception {
        var f = aDraft("Input plan");
        var tooLong = page(post("/plan/{id}/priorities/new", f.plan()).with(csrf())
                .param("title", "x".repeat(201)).param("whyItMatters", "").param("lead", "Lead"));
        assertThat(tooLong.select(".govuk-error-summary a").eachText())
                .containsExactly("Title must be 200 characters or less", "Enter why the priority matters");
        assertThat(tooLong.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#title", "#whyItMatters");
        assertThat(tooLong.getElementById("title").val()).hasSize(201);

        String hostile = "<script>alert(1)</script> Łódź ŵ 张 O'Brien";
        String to = mvc.perform(post("/plan/{id}/priorities/new", f.plan()).with(csrf())
                        .param("title", hostile).param("whyItMatters", "Because\u0000 " + hostile).param("lead", "Lead"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(to).startsWith("/plan/" + f.plan() + "#priority-");
        var shown = page(get("/plan/{id}", f.plan()));
        assertThat(shown.select("h2").eachText()).contains("Priority 2: " + hostile);
        assertThat(shown.select("script:containsData(alert)")).isEmpty();
    }

    @Test
    void an_action_due_in_the_past_is_refused_and_a_good_one_reaches_the_tracker() throws Exception {
        var f = aDraft("Action form plan");
        var past = today().minusDays(1);
        var error = page(actionForm(f, past));
        assertThat(error.select(".govuk-error-summary a").eachText()).containsExactly("Due date must be today or in the future");
        assertThat(error.getElementById("title").val()).isEqualTo("Audit the front door");

        var due = today().plusDays(10);
        mvc.perform(actionForm(f, due)).andExpect(status().is3xxRedirection());
        var actions = tracker.actionsOf(PlanActionSource.BUSINESS_PLAN, "objective-" + f.objective());
        assertThat(actions).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Audit the front door");
            assertThat(a.due()).isEqualTo(due);
            assertThat(a.sourceTitle()).isEqualTo("Priority 1, objective 1.1: Thresholds understood");
            assertThat(a.sourcePath()).isEqualTo("/plan/" + f.plan() + "#objective-" + f.objective());
        });
        var shown = page(get("/plan/{id}", f.plan()));
        assertThat(shown.select("#objective-" + f.objective() + " ~ div table tbody tr").text())
                .contains("Audit the front door", "Not started", "Amber");
    }

    @Test
    void progress_pages_show_figures_achievements_and_narrative_and_save_them() throws Exception {
        var f = aDraft("Progress plan");
        mvc.perform(post("/plan/progress/{p}/edit", f.priority()).param("year", f.year().slug()).with(csrf())
                        .param("achievements", "✓ Briefings for <b>300</b> staff\nProcedures published").param("narrative", "A good year")
                        .param("version", ""))
                .andExpect(status().is3xxRedirection());
        var progress = page(get("/plan/progress").param("year", f.year().slug()));
        assertThat(progress.select("h1").text()).isEqualTo("Progress against priorities");
        assertThat(progress.select(".lantern-achievements li").eachText())
                .containsExactly("✓ Briefings for <b>300</b> staff", "✓ Procedures published");
        assertThat(progress.text()).contains("A good year");

        // a second save from a form read before the first is refused
        var stale = page(post("/plan/progress/{p}/edit", f.priority()).param("year", f.year().slug()).with(csrf())
                .param("achievements", "Other").param("narrative", "Other").param("version", ""));
        assertThat(stale.select(".govuk-error-summary li").eachText()).containsExactly(EditConflicts.MESSAGE);
        assertThat(stale.getElementById("narrative").val()).isEqualTo("Other");

        mvc.perform(get("/plan/progress").param("year", "not a year")).andExpect(status().isNotFound());
        mvc.perform(get("/plan/progress/{p}/edit", f.priority()).param("year", "2023-24")).andExpect(status().isNotFound());
    }

    @Test
    void the_demo_progress_page_for_2023_24_lists_each_priority_with_ticked_achievements() throws Exception {
        var page = page(get("/plan/progress").param("year", "2023-24"));
        assertThat(page.select("section.lantern-priority h2")).hasSize(7);
        assertThat(page.select("#by-status tr.lantern-total td").eachText()).containsExactly("0", "0", "21", "3", "13");
        assertThat(page.select(".lantern-achievements li").first().text()).startsWith("✓ ");
        assertThat(page.select(".govuk-tag--red").eachText()).contains("Red");
    }

    // ---- helpers ------------------------------------------------------------------------------

    long raise(Fixture f, String title) {
        return actions.raiseAction(f.plan(), f.objective(), new PlanActionDetails(title, null, organisation(), null,
                today().plusDays(60)), businessUnit());
    }

    MockHttpServletRequestBuilder actionForm(Fixture f, LocalDate due) {
        return post("/plan/{id}/objectives/{o}/actions/new", f.plan(), f.objective()).with(csrf())
                .param("title", "Audit the front door").param("description", "")
                .param("ownerOrganisationId", String.valueOf(organisation())).param("ownerPersonId", "")
                .param("dueDay", String.valueOf(due.getDayOfMonth())).param("dueMonth", String.valueOf(due.getMonthValue()))
                .param("dueYear", String.valueOf(due.getYear()));
    }

    Document page(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }
}
