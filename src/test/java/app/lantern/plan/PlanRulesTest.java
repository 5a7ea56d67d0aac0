package app.lantern.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.lantern.actions.ActionStatus;
import app.lantern.actions.ActionSummary;
import app.lantern.actions.SourceKind;
import app.lantern.plan.PlanRules.Field;
import app.lantern.plan.PlanRules.Outline;
import app.lantern.shared.Rag;

class PlanRulesTest {

    @Test
    void a_new_priority_or_objective_is_numbered_after_the_highest() {
        assertThat(PlanRules.nextNumber(List.of())).isEqualTo(1);
        assertThat(PlanRules.nextNumber(List.of(1, 2, 3))).isEqualTo(4);
        assertThat(PlanRules.nextNumber(List.of(1, 4))).isEqualTo(5);
    }

    @Test
    void after_a_removal_the_rest_close_up_in_order() {
        assertThat(PlanRules.closeUp(List.of(1, 2, 4, 5))).containsExactly(1, 2, 3, 4);
        assertThat(PlanRules.closeUp(List.of(2, 3))).containsExactly(1, 2);
        assertThat(PlanRules.closeUp(List.of())).isEmpty();
        assertThatThrownBy(() -> PlanRules.closeUp(List.of(3, 1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void objectives_are_labelled_by_priority_then_objective_number() {
        assertThat(PlanRules.objectiveLabel(2, 1)).isEqualTo("2.1");
        assertThat(PlanRules.objectiveLabel(7, 12)).isEqualTo("7.12");
    }

    @Test
    void a_plan_needs_a_priority_and_every_priority_an_objective_before_approval() {
        assertThat(PlanRules.approvalProblems(List.of())).containsExactly("Add at least one priority before the plan is approved");
        assertThat(PlanRules.approvalProblems(List.of(new Outline(1, 2), new Outline(2, 0), new Outline(3, 0))))
                .containsExactly("Priority 2 needs at least one objective before the plan is approved",
                        "Priority 3 needs at least one objective before the plan is approved");
        assertThat(PlanRules.approvalProblems(List.of(new Outline(1, 1), new Outline(2, 3)))).isEmpty();
    }

    @Test
    void only_open_actions_are_carried_forward() {
        var actions = List.of(action(1, ActionStatus.NOT_STARTED), action(2, ActionStatus.IN_PROGRESS),
                action(3, ActionStatus.COMPLETED), action(4, ActionStatus.CLOSED));
        assertThat(PlanRules.toCarryForward(actions)).containsExactly(1L, 2L);
        assertThat(PlanRules.toCarryForward(List.of(action(5, ActionStatus.COMPLETED)))).isEmpty();
    }

    @Test
    void an_objective_is_known_to_the_tracker_by_a_stable_source_id_and_a_title_that_fits() {
        assertThat(PlanRules.sourceId(42)).isEqualTo("objective-42");
        assertThat(PlanRules.objectiveId("objective-42")).hasValue(42);
        assertThat(PlanRules.objectiveId("priority-42")).isEmpty();
        assertThat(PlanRules.objectiveId(null)).isEmpty();

        var source = PlanRules.source(7, 42, 2, 1, "Learning reaches front-line staff");
        assertThat(source.kind()).isEqualTo(PlanActionSource.BUSINESS_PLAN);
        assertThat(source.title()).isEqualTo("Priority 2, objective 2.1: Learning reaches front-line staff");
        assertThat(source.path()).isEqualTo("/plan/7#objective-42");

        String longTitle = PlanRules.sourceTitle(2, 1, "x".repeat(400));
        assertThat(longTitle).hasSize(PlanRules.SOURCE_TITLE_MAX).endsWith("…");
    }

    @Test
    void a_change_is_described_field_by_field_and_nothing_when_nothing_changed() {
        assertThat(PlanRules.describeChange("Priority 2", List.of(new Field("title", "Old", "New"), new Field("lead", "A", "A"))))
                .isEqualTo("Priority 2: title “Old” → “New”");
        assertThat(PlanRules.describeChange("Plan details", List.of(new Field("summary", null, "Now one"))))
                .isEqualTo("Plan details: summary (none) → “Now one”");
        assertThat(PlanRules.describeChange("Priority 1", List.of(new Field("title", "Same ", "Same"), new Field("lead", "", null))))
                .isNull();
        assertThat(PlanRules.describeChange("Objective 1.1", List.of(new Field("title", "a", "b".repeat(300)))))
                .contains("…").hasSizeLessThan(200);
    }

    private static ActionSummary action(long id, ActionStatus status) {
        return new ActionSummary(id, "Action " + id, PlanActionSource.BUSINESS_PLAN, "objective-1", "Priority 1", "/plan/1", 1, "Council",
                null, LocalDate.of(2025, 1, 1), status, Rag.GREEN, false, false);
    }
}
