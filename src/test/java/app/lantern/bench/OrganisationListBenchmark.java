package app.lantern.bench;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Load benchmark for the foundation (run with {@code ./mvnw -Pbench verify}): 5,000 extra
 * organisations, 20 concurrent signed-in users, and for each page the p50, p95 and throughput,
 * first with no think time (capacity), then with each user reading a page for about a second
 * (people using it; the target, p95 below 50 ms on a 2-core machine, is for this). It prints
 * figures; it does not assert them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.level.root=WARN", "logging.level.app.lantern=WARN"})
class OrganisationListBenchmark {

    private static final int USERS = 20;
    private static final int ORGANISATIONS = 5_000;
    private static final int WARM_UP_REQUESTS_PER_USER = 200;
    private static final int MEASURED_REQUESTS_PER_USER = 250;
    private static final int THINK_MILLIS = 1_000;
    private static final int THINKING_REQUESTS_PER_USER = 20;

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    @Test
    void prints_latency_and_throughput() throws Exception {
        loadOrganisations();
        System.out.printf("%nLantern benchmark: %d organisations in the register, %d concurrent users, %d cores%n",
                jdbc.sql("SELECT count(*) FROM organisation").query(Long.class).single(), USERS,
                Runtime.getRuntime().availableProcessors());

        run("GET /actuator/health (baseline: no page, no session)", false, "/actuator/health");
        run("GET /sign-in (not signed in)", false, "/sign-in");
        run("GET /organisations?q=school (signed in)", true, "/organisations?q=school");
        run("GET /organisations?q=bench&type=CHARITY&page=3 (signed in)", true, "/organisations?q=bench&type=CHARITY&page=3");

        System.out.printf("%nThe same %d users, each reading a page for %d ms on average before the next%n", USERS, THINK_MILLIS);
        think("GET /sign-in (not signed in)", false, "/sign-in");
        think("GET /organisations?q=school (signed in)", true, "/organisations?q=school");
        think("GET /organisations?q=bench&type=CHARITY&page=3 (signed in)", true, "/organisations?q=bench&type=CHARITY&page=3");
    }

    private void loadOrganisations() {
        String[] types = {"SCHOOL", "CHARITY", "GP_PRACTICE", "VOLUNTARY_COMMUNITY_FAITH", "EARLY_YEARS"};
        jdbc.sql("""
                INSERT INTO organisation (name, type, school_phase, sector, town, postcode)
                SELECT 'Bench ' || CASE WHEN g % 5 = 0 THEN 'School ' ELSE 'Agency ' END || lpad(g::text, 5, '0'),
                       (ARRAY[:types])[1 + g % 5], CASE WHEN g % 5 = 0 THEN 'PRIMARY' END, 'PUBLIC', 'Eastmere', 'EM9 9ZZ'
                FROM generate_series(1, :n) g""").param("types", Arrays.asList(types)).param("n", ORGANISATIONS).update();
        jdbc.sql("ANALYZE organisation").update();
    }

    private void run(String label, boolean signedIn, String path) throws Exception {
        new LoadDriver(port, USERS).run(label, signedIn ? "admin@eastmere.example" : null, path, WARM_UP_REQUESTS_PER_USER,
                MEASURED_REQUESTS_PER_USER);
    }

    private void think(String label, boolean signedIn, String path) throws Exception {
        // warmed up already by the capacity runs above
        new LoadDriver(port, USERS).run(label, signedIn ? "admin@eastmere.example" : null, path, 0, THINKING_REQUESTS_PER_USER,
                THINK_MILLIS);
    }
}
