package app.lantern.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.lantern.shared.Rag;

class ActionRulesTest {

    static final LocalDate TODAY = LocalDate.of(2024, 3, 15);

    @ParameterizedTest(name = "{0}, due {1} days from today → overdue {2}")
    @CsvSource({
            "NOT_STARTED, -1, true",
            "IN_PROGRESS, -1, true",
            "IN_PROGRESS, 0, false",
            "NOT_STARTED, 10, false",
            "COMPLETED, -100, false",
            "CLOSED, -100, false" })
    void overdue_is_open_and_past_its_due_date(ActionStatus status, int dueInDays, boolean overdue) {
        assertThat(ActionRules.overdue(status, TODAY.plusDays(dueInDays), TODAY)).isEqualTo(overdue);
    }

    @ParameterizedTest(name = "{0}, due in {1} days, override {2} → {3}")
    @CsvSource({
            "NOT_STARTED, -1, , RED",
            "IN_PROGRESS, -1, , RED",
            "NOT_STARTED, 0, , AMBER",
            "NOT_STARTED, 30, , AMBER",
            "NOT_STARTED, 31, , GREEN",
            "IN_PROGRESS, 5, , GREEN",
            "COMPLETED, -10, , BLUE",
            "CLOSED, 10, , RED",
            "IN_PROGRESS, 100, AMBER, AMBER",
            "IN_PROGRESS, -5, GREEN, GREEN",
            "COMPLETED, 5, RED, BLUE",
            "CLOSED, 5, GREEN, RED" })
    void rating_is_derived_unless_overridden_while_open(ActionStatus status, int dueInDays, Rag override, Rag expected) {
        assertThat(ActionRules.rag(status, TODAY.plusDays(dueInDays), TODAY, override)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}, due in {1} days → due soon {2}")
    @CsvSource({ "NOT_STARTED, 0, true", "IN_PROGRESS, 30, true", "IN_PROGRESS, 31, false", "IN_PROGRESS, -1, false", "COMPLETED, 3, false" })
    void due_soon_is_open_and_due_within_thirty_days(ActionStatus status, int dueInDays, boolean soon) {
        assertThat(ActionRules.dueSoon(status, TODAY.plusDays(dueInDays), TODAY)).isEqualTo(soon);
    }
}
