package app.lantern.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class UserTest {

    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void the_fifth_failure_in_a_row_locks_the_account_for_fifteen_minutes() {
        var user = new User();
        for (int i = 0; i < 4; i++) assertThat(user.recordFailure(now)).isFalse();
        assertThat(user.recordFailure(now)).isTrue();
        assertThat(user.lockedAt(now.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(user.lockedAt(now.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void a_success_clears_the_count() {
        var user = new User();
        for (int i = 0; i < 4; i++) user.recordFailure(now);
        user.recordSuccess();
        assertThat(user.recordFailure(now)).isFalse();
    }
}
