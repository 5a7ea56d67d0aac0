package app.lantern.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The approval and revision state machine: draft → approved → being revised → approved. */
class PlanStatusTest {

    @Test
    void a_draft_is_edited_freely_and_approval_fixes_it() {
        assertThat(PlanStatus.DRAFT.editable()).isTrue();
        assertThat(PlanStatus.DRAFT.everApproved()).isFalse();
        assertThat(PlanStatus.DRAFT.approve()).isEqualTo(PlanStatus.APPROVED);
        assertThat(PlanStatus.APPROVED.editable()).isFalse();
    }

    @Test
    void an_approved_plan_changes_only_after_a_revision_is_started_and_is_approved_again() {
        var revising = PlanStatus.APPROVED.startRevision();
        assertThat(revising).isEqualTo(PlanStatus.REVISING);
        assertThat(revising.editable()).isTrue();
        assertThat(revising.everApproved()).isTrue();
        assertThat(revising.approve()).isEqualTo(PlanStatus.APPROVED);
    }

    @Test
    void impossible_steps_are_refused_with_a_reason() {
        assertThatThrownBy(PlanStatus.APPROVED::approve).hasMessageContaining("already approved");
        assertThatThrownBy(PlanStatus.DRAFT::startRevision).hasMessageContaining("needs no revision");
        assertThatThrownBy(PlanStatus.REVISING::startRevision).hasMessageContaining("already open");
    }
}
