package app.lantern.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.lantern.LanternIntegrationTest;
import app.lantern.shared.Rag;

/**
 * The RAG and overdue rules are written twice, in Java for pages and in SQL for filters and
 * counts. Over every action in the database (the demo's and a set covering every status, due
 * date and override), the SQL filters select exactly the actions the Java rules rate that way.
 */
@LanternIntegrationTest
class ActionRulesInSqlIT {

    @Autowired ActionStore store;
    @Autowired ActionTracker tracker;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void the_sql_filters_agree_with_the_java_rules_for_every_action() {
        LocalDate today = LocalDate.now(clock);
        long org = jdbc.sql("SELECT id FROM organisation WHERE name = 'Eastmere Police'").query(Long.class).single();
        String source = "rules-" + UUID.randomUUID();
        for (int dueInDays : new int[] { -400, -1, 0, 1, 30, 31, 200 }) {
            for (var status : ActionStatus.values()) {
                long id = tracker.raise(new NewAction(new SourceReference(new SourceKind("SCRUTINY", "Scrutiny review"), source, "Rules", null),
                        "Rule case " + status + " " + dueInDays, null, org, null, today.plusDays(dueInDays)));
                if (status != ActionStatus.NOT_STARTED) tracker.recordProgress(id, status, today, "Set for the test");
                if (dueInDays == 200 && status.open()) {
                    var a = store.find(id).orElseThrow();
                    store.update(a.withOverride(Rag.AMBER, "At risk"), a.version());
                }
            }
        }

        var all = new ArrayList<ActionRecord>();
        store.each(ActionFilter.NONE, today, all::add);
        assertThat(all).hasSizeGreaterThan(28);
        for (var rag : Rag.values()) {
            var filter = new ActionFilter("", null, null, null, rag, false, false);
            assertThat(ids(filter, today)).as("rated %s", rag)
                    .containsExactlyInAnyOrderElementsOf(all.stream().filter(a -> a.rag(today) == rag).map(ActionRecord::id).toList());
        }
        assertThat(ids(new ActionFilter("", null, null, null, null, true, false), today))
                .containsExactlyInAnyOrderElementsOf(all.stream().filter(a -> a.overdue(today)).map(ActionRecord::id).toList());
        assertThat(ids(new ActionFilter("", null, null, null, null, false, true), today))
                .containsExactlyInAnyOrderElementsOf(all.stream()
                        .filter(a -> ActionRules.dueSoon(a.status(), a.due(), today)).map(ActionRecord::id).toList());
        assertThat(store.overdueCount(null, today)).isEqualTo(all.stream().filter(a -> a.overdue(today)).count());
    }

    private List<Long> ids(ActionFilter filter, LocalDate today) {
        var ids = new ArrayList<Long>();
        store.each(filter, today, a -> ids.add(a.id()));
        return ids;
    }
}
