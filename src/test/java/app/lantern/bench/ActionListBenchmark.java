package app.lantern.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Load benchmark for the action tracker (run with {@code ./mvnw -Pbench verify}): 100,000 actions
 * across the demo organisations, 20 concurrent signed-in users on the filtered lists (each page
 * also counts the overdue actions), first with no think time (capacity), then with each user
 * reading a page for about a second (people using it), then one export of all 100,000 rows with
 * the heap watched.
 * Targets: p95 below 100 ms; the export under 10 s without holding the rows in memory.
 * It prints figures; it does not assert them. Its own context (the property below), so the
 * register benchmark's 5,000 organisations do not end up in this one's owner list.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.level.root=WARN", "logging.level.app.lantern=WARN", "lantern.benchmark=actions"})
class ActionListBenchmark {

    private static final int USERS = 20;
    private static final int ACTIONS = 100_000;
    private static final int WARM_UP = 100;
    private static final int MEASURED = 200;
    private static final int THINK_MILLIS = 1_000;
    private static final int THINKING_REQUESTS_PER_USER = 20;

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    @Test
    void prints_latency_throughput_and_export_figures() throws Exception {
        long started = System.nanoTime();
        loadActions();
        long police = jdbc.sql("SELECT id FROM organisation WHERE name = 'Eastmere Police'").query(Long.class).single();
        System.out.printf("%nAction tracker benchmark: %d actions (%d overdue) loaded in %.1f s, %d concurrent users, %d cores%n",
                jdbc.sql("SELECT count(*) FROM action_item").query(Long.class).single(),
                jdbc.sql("SELECT count(*) FROM action_item WHERE status IN ('NOT_STARTED','IN_PROGRESS') AND due_date < current_date").query(Long.class).single(),
                (System.nanoTime() - started) / 1e9, USERS, Runtime.getRuntime().availableProcessors());

        var driver = new LoadDriver(port, USERS);
        String bu = "business.unit@eastmere.example";
        var pages = new LinkedHashMap<String, String[]>(); // label -> who, path
        pages.put("GET /actions (all, first page, with overdue count)", new String[] {bu, "/actions"});
        pages.put("GET /actions?status=IN_PROGRESS&source=CASE_REVIEW&page=5", new String[] {bu, "/actions?status=IN_PROGRESS&source=CASE_REVIEW&page=5"});
        pages.put("GET /actions?overdue=true&owner=<police>", new String[] {bu, "/actions?overdue=true&owner=" + police});
        pages.put("GET /actions?rag=AMBER&dueSoon=true", new String[] {bu, "/actions?rag=AMBER&dueSoon=true"});
        pages.put("GET /actions?q=action+4242 (search)", new String[] {bu, "/actions?q=action+4242"});
        pages.put("GET /actions/mine (agency lead, own organisation)", new String[] {"agency.lead@eastmere.example", "/actions/mine"});
        for (var page : pages.entrySet()) driver.run(page.getKey(), page.getValue()[0], page.getValue()[1], WARM_UP, MEASURED);
        System.out.printf("%nThe same %d users, each reading a page for %d ms on average before the next%n", USERS, THINK_MILLIS);
        for (var page : pages.entrySet()) {
            driver.run(page.getKey(), page.getValue()[0], page.getValue()[1], 0, THINKING_REQUESTS_PER_USER, THINK_MILLIS);
        }

        export(driver, "/actions/export.csv");
        export(driver, "/actions/export.xlsx");
    }

    private void loadActions() {
        jdbc.sql("""
                INSERT INTO action_item (title, source_kind, source_id, source_title, owner_organisation_id, due_date, status,
                    closed_reason, finished_on, created_at)
                SELECT 'Bench action ' || g,
                       (ARRAY['BUSINESS_PLAN','CASE_REVIEW','RAPID_REVIEW','SECTION_11','MULTI_AGENCY_AUDIT','INSPECTION','SCRUTINY','MEETING_DECISION'])[1 + g % 8],
                       'bench-' || (g % 500), 'Bench source ' || (g % 500),
                       orgs[1 + g % array_length(orgs, 1)],
                       current_date + ((g * 7919) % 1460 - 730),
                       (ARRAY['NOT_STARTED','NOT_STARTED','NOT_STARTED','IN_PROGRESS','IN_PROGRESS','IN_PROGRESS','COMPLETED','COMPLETED','COMPLETED','CLOSED'])[1 + g % 10],
                       CASE WHEN g % 10 = 9 THEN 'Superseded' END,
                       CASE WHEN g % 10 >= 6 THEN current_date - (g % 300) END,
                       now() - make_interval(days => g % 700)
                FROM generate_series(1, :n) g, (SELECT array_agg(id ORDER BY id) AS orgs FROM organisation) o""")
                .param("n", ACTIONS).update();
        jdbc.sql("VACUUM ANALYZE action_item").update(); // what autovacuum does after a bulk load: enables index-only counts
    }

    /** Downloads the whole export once, timing it and sampling the heap every 20 ms meanwhile. */
    private void export(LoadDriver driver, String path) throws Exception {
        var client = driver.signedIn("business.unit@eastmere.example");
        var memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        var peak = new AtomicLong(before);
        var running = new AtomicBoolean(true);
        var sampler = Thread.ofPlatform().start(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long t0 = System.nanoTime();
        var response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        long bytes = 0;
        long lines = 0;
        try (var in = response.body()) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                bytes += n;
                for (int i = 0; i < n; i++) if (buffer[i] == '\n') lines++;
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        running.set(false);
        sampler.join();
        if (response.statusCode() != 200) throw new IllegalStateException(path + " answered " + response.statusCode());
        System.out.printf("%-62s %.2f s, %,d bytes%s, heap before %,d MB, peak during %,d MB (max heap %,d MB)%n",
                "GET " + path + " (all " + ACTIONS + " actions)", seconds, bytes,
                path.endsWith(".csv") ? String.format(", %,d lines", lines) : "", before >> 20, peak.get() >> 20,
                memory.getHeapMemoryUsage().getMax() >> 20);
    }
}
