package app.lantern.support;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Every integration test runs on the same day, whatever the date it is run: {@link #TODAY}. The
 * clock still ticks from there (sign-in throttling and the outbox need time to pass), so it is
 * fixed to the day, not to the instant. Demo data, anchored to "today", is therefore the same in
 * every run, and tests can assert exact figures and dates.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FixedClockConfiguration {

    /** A Wednesday in term time, mid-way through the 2026–27 reporting year, with no bank holiday near. */
    public static final ZonedDateTime TODAY = ZonedDateTime.of(2026, 11, 18, 10, 0, 0, 0, ZoneId.of("Europe/London"));

    /** The fixed clock, for unit tests that need the same day as the integration tests. */
    public static Clock clock() {
        var zone = ZoneId.of("Europe/London");
        return Clock.offset(Clock.system(zone), Duration.between(ZonedDateTime.now(zone), TODAY));
    }

    @Bean
    @Primary
    Clock fixedDayClock() {
        return clock();
    }
}
