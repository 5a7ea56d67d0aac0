package app.lantern.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

import app.lantern.LanternIntegrationTest;

@LanternIntegrationTest
class ActivityLogIT {

    @Autowired ActivityLog activityLog;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;

    @Test
    @WithUserDetails("lado@eastmere.example")
    void a_read_of_a_restricted_record_is_logged_with_who_and_what_even_if_the_request_then_fails() {
        try {
            tx.executeWithoutResult(s -> {
                activityLog.recordRestrictedRead("LadoCase", 4242, "Opened allegation case 4242");
                throw new IllegalStateException("the page failed after reading");
            });
        } catch (IllegalStateException expected) {
            // the read must still be on record
        }
        var row = jdbc.sql("SELECT actor_email, action, summary FROM activity_log WHERE record_type = 'LadoCase' AND record_id = '4242'")
                .query((rs, i) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3)).single();
        assertThat(row).isEqualTo("lado@eastmere.example|VIEWED_RESTRICTED|Opened allegation case 4242");
    }

    @Test
    @WithUserDetails("admin@eastmere.example")
    void a_change_that_rolls_back_leaves_no_entry() {
        try {
            tx.executeWithoutResult(s -> {
                activityLog.recordChange(ActivityAction.CHANGED, "Organisation", 9191, "Changed something", "a", "b");
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // nothing should be logged
        }
        assertThat(jdbc.sql("SELECT count(*) FROM activity_log WHERE record_id = '9191'").query(Long.class).single()).isZero();
    }
}
