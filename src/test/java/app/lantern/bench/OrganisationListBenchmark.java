package app.lantern.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Load benchmark for the foundation (run with {@code ./mvnw -Pbench verify}): 5,000 extra
 * organisations, 20 concurrent signed-in users, and for each page the p50, p95 and throughput.
 * Target: p95 below 50 ms on a 2-core machine. It prints figures; it does not assert them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.level.root=WARN", "logging.level.app.lantern=WARN"})
class OrganisationListBenchmark {

    private static final int USERS = 20;
    private static final int ORGANISATIONS = 5_000;
    private static final int WARM_UP_REQUESTS_PER_USER = 200;
    private static final int MEASURED_REQUESTS_PER_USER = 250;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

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
        run("GET /organisations?q=bench+9&type=CHARITY&page=3 (signed in)", true, "/organisations?q=bench&type=CHARITY&page=3");
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
        var clients = new ArrayList<HttpClient>();
        for (int i = 0; i < USERS; i++) {
            var client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            if (signedIn) signIn(client, "admin@eastmere.example");
            clients.add(client);
        }
        measure(clients, path, WARM_UP_REQUESTS_PER_USER);
        long started = System.nanoTime();
        long[] latencies = measure(clients, path, MEASURED_REQUESTS_PER_USER);
        double seconds = (System.nanoTime() - started) / 1e9;
        Arrays.sort(latencies);
        System.out.printf("%-62s n=%5d  p50=%6.1f ms  p95=%6.1f ms  p99=%6.1f ms  throughput=%7.1f req/s%n", label,
                latencies.length, ms(latencies, 0.50), ms(latencies, 0.95), ms(latencies, 0.99), latencies.length / seconds);
    }

    private long[] measure(List<HttpClient> clients, String path, int perUser) throws Exception {
        var uri = URI.create("http://127.0.0.1:" + port + path);
        var errors = new AtomicInteger();
        var tasks = new ArrayList<Callable<long[]>>();
        for (var client : clients) {
            tasks.add(() -> {
                long[] mine = new long[perUser];
                for (int i = 0; i < perUser; i++) {
                    long t0 = System.nanoTime();
                    var response = client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
                    mine[i] = System.nanoTime() - t0;
                    if (response.statusCode() != 200) errors.incrementAndGet();
                }
                return mine;
            });
        }
        try (var pool = Executors.newFixedThreadPool(clients.size())) {
            var all = new ArrayList<Long>();
            for (var f : pool.invokeAll(tasks)) for (long l : f.get()) all.add(l);
            if (errors.get() > 0) throw new IllegalStateException(errors.get() + " requests to " + path + " did not answer 200");
            return all.stream().mapToLong(Long::longValue).toArray();
        }
    }

    private void signIn(HttpClient client, String email) throws Exception {
        var page = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sign-in")).build(),
                HttpResponse.BodyHandlers.ofString());
        var m = CSRF.matcher(page.body());
        if (!m.find()) throw new IllegalStateException("No CSRF token on the sign-in page");
        String form = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=demo&_csrf="
                + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
        var response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("Sign-in failed for " + email);
        }
    }

    private static double ms(long[] sorted, double quantile) {
        int index = Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
