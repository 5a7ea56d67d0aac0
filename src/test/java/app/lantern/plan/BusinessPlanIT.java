package app.lantern.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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
import app.lantern.identity.OrganisationDirectory;
import app.lantern.identity.People;
import app.lantern.identity.PersonSummary;
import app.lantern.shared.Role;
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
    @Autowired ActionTracker tracker;
    @Autowired People people;
    @Autowired OrganisationDirectory organisations;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    CurrentPerson as(String email, Role role) {
        PersonSummary p = people.active().stream().filter(x -> x.email().equals(email)).findFirst().orElseThrow();
        return app.lantern.identity.TestPeople.person(p.id(), p.email(), p.fullName(), p.organisationId(), Set.of(role));
    }

    CurrentPerson businessUnit() {
        return as("business.unit@eastmere.example", Role.BUSINESS_UNIT);
    }

    CurrentPerson partnerLead() {
        return as("partner.lead@eastmere.example", Role.PARTNER_LEAD);
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
        plans.approve(plan, plans.version(plan), new PlanApproval(on, "Agreed at the Executive"), partnerLead());
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
        assertThat(plans.planOrNotFound(f.plan()).status()).isEqualTo(PlanStatus.REVISING);

        approve(f.plan(), LocalDate.now());

        var page = plans.planPage(f.plan());
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
        assertThatThrownBy(() -> approve(plan, LocalDate.now())).isInstanceOf(PlanService.NotAllowed.class)
                .hasMessage("Priority 1 needs at least one objective before the plan is approved");

        long readAt = plans.version(plan);
        plans.addObjective(plan, priority, new ObjectiveDetails("Screening", "Children identified early"), businessUnit());
        assertThatThrownBy(() -> plans.approve(plan, readAt, new PlanApproval(LocalDate.now(), null), partnerLead()))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> plans.approve(plan, plans.version(plan), new PlanApproval(LocalDate.now(), null), businessUnit()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> plans.approve(plan, plans.version(plan), new PlanApproval(LocalDate.now().plusDays(1), null), partnerLead()))
                .isInstanceOf(PlanService.NotAllowed.class);
        approve(plan, LocalDate.now());
        assertThat(plans.planOrNotFound(plan).status()).isEqualTo(PlanStatus.APPROVED);
    }

    @Test
    void starting_next_years_plan_copies_the_priorities_and_carries_forward_only_open_actions() {
        var f = aDraft("Carry forward test plan");
        long notStarted = raise(f, "Not started action");
        long inProgress = raise(f, "In progress action");
        long completed = raise(f, "Completed action");
        long closed = raise(f, "Closed action");
        tracker.recordProgress(inProgress, ActionStatus.IN_PROGRESS, LocalDate.now(), "Started");
        tracker.recordProgress(completed, ActionStatus.COMPLETED, LocalDate.now(), "Done");
        tracker.recordProgress(closed, ActionStatus.CLOSED, LocalDate.now(), "No longer needed");
        approve(f.plan(), LocalDate.now());

        var started = plans.startNext(f.plan(), "Carry forward next plan", 2, businessUnit());

        assertThat(started.carriedForward()).isEqualTo(2);
        var next = plans.planOrNotFound(started.planId());
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
        var facts = plans.factsFor(f.year()).priorities().get(0);
        assertThat(facts.actions()).containsExactlyInAnyOrder(completed, closed);
        assertThat(facts.carriedForward()).containsExactlyInAnyOrder(notStarted, inProgress);
        assertThat(facts.byStatus().get(ActionStatus.COMPLETED)).containsExactly(completed);
        assertThat(facts.byRag().get(Rag.RED)).containsExactly(closed);
        var oldPage = plans.planPage(f.plan());
        assertThat(oldPage.priorities().get(0).objectives().get(0).actions()).hasSize(4)
                .filteredOn(PlanViews.ActionLine::carriedOut).hasSize(2);
        // the old objective can no longer be removed, and the old plan takes no new actions
        assertThatThrownBy(() -> plans.raiseAction(f.plan(), f.objective(), new PlanActionDetails("Late", null, organisation(), null,
                LocalDate.now().plusDays(5)), businessUnit())).isInstanceOf(PlanService.NotAllowed.class);
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
        plans.removePriority(f.plan(), second, businessUnit());
        assertThat(plans.priorityIds(f.plan())).containsEntry("1", f.priority()).containsEntry("2", third).hasSize(2);

        raise(f, "Blocks removal");
        assertThatThrownBy(() -> plans.removeObjective(f.plan(), f.objective(), businessUnit()))
                .isInstanceOf(PlanService.NotAllowed.class).hasMessageContaining("has actions");
        assertThatThrownBy(() -> plans.removePriority(f.plan(), f.priority(), businessUnit()))
                .isInstanceOf(PlanService.NotAllowed.class);
    }

    @Test
    void the_demo_plan_for_2023_24_gives_the_yearly_report_its_seven_priorities_with_figures_and_their_ids() {
        var facts = plans.factsFor(new ReportingYear(2023));

        assertThat(facts.hasPlan()).isTrue();
        assertThat(facts.approved()).isTrue();
        assertThat(facts.planYears()).isEqualTo("2023–24");
        assertThat(facts.priorities()).hasSize(7);
        assertThat(facts.priorities()).extracting(PlanFacts.PriorityFacts::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(facts.priorities().get(1).title()).isEqualTo("Learn from reviews and make the learning stick");
        int completed = facts.priorities().stream().mapToInt(p -> p.count(ActionStatus.COMPLETED)).sum();
        int closed = facts.priorities().stream().mapToInt(p -> p.count(ActionStatus.CLOSED)).sum();
        int carried = facts.priorities().stream().mapToInt(p -> p.carriedForward().size()).sum();
        assertThat(completed).isEqualTo(21);
        assertThat(closed).isEqualTo(3);
        assertThat(carried).isEqualTo(13);
        for (var p : facts.priorities()) {
            assertThat(p.count(ActionStatus.NOT_STARTED) + p.count(ActionStatus.IN_PROGRESS)).as("open actions moved on").isZero();
            assertThat(p.achievements()).isNotEmpty();
            assertThat(p.narrative()).isNotBlank();
            assertThat(p.actions()).containsExactlyInAnyOrderElementsOf(
                    p.byStatus().values().stream().flatMap(List::stream).toList());
            assertThat(p.byRag().get(Rag.BLUE)).hasSize(p.count(ActionStatus.COMPLETED));
        }
        assertThat(facts.priorities().get(0).achievements())
                .contains("Threshold and escalation briefings delivered to over 420 practitioners from 31 organisations");

        var none = plans.factsFor(new ReportingYear(2001));
        assertThat(none.hasPlan()).isFalse();
        assertThat(none.priorities()).isEmpty();
    }

    @Test
    void the_current_demo_plan_has_actions_in_every_state_some_overdue_and_some_due_within_a_month() {
        var facts = plans.factsFor(ReportingYear.containing(LocalDate.now()));
        assertThat(facts.planYears()).isEqualTo("2024–27");
        for (var s : ActionStatus.values()) {
            assertThat(facts.priorities().stream().mapToInt(p -> p.count(s)).sum()).as(s.label()).isPositive();
        }
        for (var r : Rag.values()) {
            assertThat(facts.priorities().stream().mapToInt(p -> p.count(r)).sum()).as(r.label()).isPositive();
        }
        assertThat(facts.priorities().stream().mapToInt(p -> p.overdue().size()).sum()).isGreaterThanOrEqualTo(3);
    }

    // ---- through the pages --------------------------------------------------------------------

    @Test
    void a_stale_edit_is_refused_with_the_conflict_message_and_what_was_typed_kept() throws Exception {
        var f = aDraft("Conflict plan");
        plans.updatePriority(f.plan(), f.priority(), 0, new PriorityDetails("Changed first", "Why", "Lead"), businessUnit());

        var page = page(post("/plan/{id}/priorities/{p}/edit", f.plan(), f.priority()).with(csrf())
                .param("title", "My change").param("whyItMatters", "Mine").param("lead", "Me").param("version", "0"));

        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary").text()).contains("Someone else changed this plan");
        assertThat(page.getElementById("title").val()).isEqualTo("My change");
        assertThat(page.getElementById("version").val()).isEqualTo("1");
        assertThat(plans.priority(f.plan(), f.priority()).title()).isEqualTo("Changed first");
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
        var past = LocalDate.now().minusDays(1);
        var error = page(actionForm(f, past));
        assertThat(error.select(".govuk-error-summary a").eachText()).containsExactly("Due date must be today or in the future");
        assertThat(error.getElementById("title").val()).isEqualTo("Audit the front door");

        var due = LocalDate.now().plusDays(10);
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
        assertThat(stale.select(".govuk-error-summary").text()).contains("Someone else saved");
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
        return plans.raiseAction(f.plan(), f.objective(), new PlanActionDetails(title, null, organisation(), null,
                LocalDate.now().plusDays(60)), businessUnit());
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
