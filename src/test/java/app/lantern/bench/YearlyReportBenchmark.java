package app.lantern.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.lantern.identity.People;
import app.lantern.identity.PersonSummary;
import app.lantern.shared.ReportingYear;
import app.lantern.shared.Role;
import app.lantern.shared.YearlyFacts;

/**
 * Benchmark for the yearly report (run with {@code ./mvnw -Pbench verify -Dit.test=YearlyReportBenchmark}):
 * ten reporting years of a large partnership's records (100,000 actions, 10 committees meeting 10
 * times a year with 15 members each and their attendance, a budget for each year, serious incident
 * notifications and rapid reviews), then the report of the year five years back started from the
 * default chapters (their live figure blocks included), signed off by the three lead partners and
 * published, all through the pages as the business unit and the partner leads would.
 * It prints, and does not assert:
 * <ul>
 * <li>the draft: the overview and every chapter page holding figure blocks (target: below 1 s);</li>
 * <li>publishing a second version with a change note, which renders the PDF (target: below 10 s);</li>
 * <li>a published chapter page, anonymous, with 20 users with no think time (capacity) and with
 * about a second's think time (target p95 below 50 ms), and the sign-in page the same two ways in
 * the same run: the chapter page's capacity as a share of the sign-in page's (target: 0.5 or more).</li>
 * </ul>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.level.root=WARN", "logging.level.app.lantern=WARN", "lantern.benchmark=report"})
class YearlyReportBenchmark {

    private static final int YEARS = 10;
    private static final int ACTIONS = 100_000;
    private static final int COMMITTEES = 10;
    private static final int MEETINGS_PER_YEAR = 10;
    private static final int MEMBERS = 15;
    private static final int NOTIFICATIONS_PER_YEAR = 30;
    private static final int DRAFT_REPEATS = 5;
    private static final int USERS = 20;
    private static final int WARM_UP = 100;
    private static final int MEASURED = 200;
    private static final int THINK_MILLIS = 1_000;
    private static final int THINKING_REQUESTS_PER_USER = 20;
    private static final String BUSINESS_UNIT = "business.unit@eastmere.example";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired People people;
    @Autowired Clock clock;
    @Autowired List<YearlyFacts> modules;

    @Test
    void prints_draft_publishing_and_published_page_figures() throws Exception {
        var current = ReportingYear.current(clock);
        var first = new ReportingYear(current.startYear() - (YEARS - 1));
        var year = new ReportingYear(current.startYear() - 5);
        long started = System.nanoTime();
        load(first.start(), LocalDate.now(clock));
        System.out.printf("%nYearly report benchmark: %s to %s loaded in %.1f s: %,d actions (%,d live in %s), %,d meetings, "
                        + "%,d attendance marks, %d budgets, %d notifications, %d rapid reviews; %d cores%n",
                first.label(), current.label(), (System.nanoTime() - started) / 1e9,
                count("SELECT count(*) FROM action_item"),
                jdbc.sql("SELECT count(*) FROM action_item WHERE created_at < :after AND (finished_on IS NULL OR finished_on >= :start)")
                        .param("after", year.end().plusDays(1).atStartOfDay(java.time.ZoneId.of("Europe/London")).toOffsetDateTime())
                        .param("start", year.start()).query(Long.class).single(), year.label(),
                count("SELECT count(*) FROM meeting"), count("SELECT count(*) FROM meeting_attendance"),
                count("SELECT count(*) FROM budget"), count("SELECT count(*) FROM incident_notification"),
                count("SELECT count(*) FROM rapid_review"), Runtime.getRuntime().availableProcessors());

        var driver = new LoadDriver(port, USERS);
        var bu = driver.signedIn(BUSINESS_UNIT);
        String slug = year.slug();

        // the report, through the pages: started, the lead partners named, signed off by each, published
        post(bu, "/yearly-report", "/yearly-report/start", Map.of("year", slug));
        long reportId = jdbc.sql("SELECT id FROM report WHERE start_year = ?").param(year.startYear()).query(Long.class).single();
        var figureChapters = jdbc.sql("""
                SELECT c.id, c.position, c.title, string_agg(p.block, ', ' ORDER BY p.position) FROM report_chapter c
                JOIN report_part p ON p.chapter_id = c.id AND p.kind = 'FIGURES'
                WHERE c.report_id = ? GROUP BY c.id, c.position, c.title ORDER BY c.position""").param(reportId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getInt(2) + ". " + rs.getString(3), rs.getString(4)}).list();
        System.out.printf("The %s report started from the default chapters: %d chapters hold live figure blocks%n", year.label(),
                figureChapters.size());
        List<PersonSummary> leads = people.withRole(Role.PARTNER_LEAD);
        if (leads.size() < 3) throw new IllegalStateException("Fewer than three partner leads in the demo");
        var details = new LinkedHashMap<String, String>();
        details.put("localAuthority", String.valueOf(leads.get(0).id()));
        details.put("police", String.valueOf(leads.get(1).id()));
        details.put("icb", String.valueOf(leads.get(2).id()));
        details.put("childrenText", "What the partnership did for children this year.");
        details.put("version", String.valueOf(jdbc.sql("SELECT version FROM report WHERE id = ?").param(reportId).query(Long.class).single()));
        post(bu, "/yearly-report/" + slug + "/details", "/yearly-report/" + slug + "/details", details);

        System.out.printf("%nThe draft, one signed-in business unit reader at a time (%d times each after one warm-up; target below 1 s)%n",
                DRAFT_REPEATS);
        time(bu, "GET /yearly-report/" + slug + " (overview)", "/yearly-report/" + slug);
        double slowest = 0;
        String slowestLabel = "";
        for (var c : figureChapters) {
            double median = time(bu, "GET chapter " + c[1] + " [" + c[2] + "]", "/yearly-report/" + slug + "/chapters/" + c[0]);
            if (median > slowest) {
                slowest = median;
                slowestLabel = c[1];
            }
        }
        System.out.printf("Slowest chapter page with figure blocks: %s, median %.0f ms%n", slowestLabel, slowest);
        // where a chapter page's time goes: every page asks every module for its blocks of the year and the year before
        for (var module : modules) {
            double[] ms = new double[3];
            long links = 0;
            for (int i = 0; i < ms.length; i++) {
                long t0 = System.nanoTime();
                var blocks = module.factsFor(year);
                ms[i] = (System.nanoTime() - t0) / 1e6;
                links = blocks.stream().flatMap(b -> b.figures().stream()).mapToLong(f -> f.records().size()).sum();
            }
            Arrays.sort(ms);
            System.out.printf("  %-60s median %6.1f ms, %,d record links%n",
                    AopUtils.getTargetClass(module).getSimpleName() + ".factsFor(" + year.label() + ")", ms[1], links);
        }

        int revision = jdbc.sql("SELECT revision FROM report WHERE id = ?").param(reportId).query(Integer.class).single();
        String[] partners = {"LOCAL_AUTHORITY", "POLICE", "ICB"};
        for (int i = 0; i < 3; i++) {
            var lead = driver.signedIn(leads.get(i).email());
            post(lead, "/yearly-report/" + slug, "/yearly-report/" + slug + "/sign-off",
                    Map.of("partner", partners[i], "revision", String.valueOf(revision)));
        }
        if (count("SELECT count(*) FROM report_signoff WHERE withdrawn_at IS NULL AND report_id = " + reportId) != 3) {
            throw new IllegalStateException("The three lead partners' sign-offs did not all stand");
        }
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false); // its INFO lines would drown the figures
        System.out.printf("%nPublishing (renders every chapter and the PDF; target below 10 s)%n");
        double v1 = publish(bu, slug, revision, "", reportId, 1);
        System.out.printf("%-62s %.2f s (first publication in this JVM)%n", "POST /yearly-report/" + slug + "/publish, version 1", v1);
        double v2 = publish(bu, slug, revision, "Corrected the attendance figures after the audit.", reportId, 2);
        long pdfBytes = jdbc.sql("SELECT length(v.pdf) FROM report_version v WHERE v.report_id = ? AND v.number = 2").param(reportId)
                .query(Long.class).single();
        System.out.printf("%-62s %.2f s, PDF %,d bytes%n", "POST /yearly-report/" + slug + "/publish, version 2 with change note", v2,
                pdfBytes);

        String chapterSlug = jdbc.sql("""
                SELECT c.slug FROM report_version_chapter c JOIN report_version v ON v.id = c.version_id
                WHERE v.report_id = ? AND v.number = 1 AND c.title = 'Role and structure'""").param(reportId).query(String.class).single();
        String published = "/reports/" + slug + "/v1/" + chapterSlug;
        String publishedLabel = "GET " + published + " (anonymous)";
        String signIn = "GET /sign-in (anonymous)";
        System.out.printf("%nA published chapter and the sign-in page, %d anonymous users asking again at once (capacity)%n", USERS);
        var publishedCapacity = driver.run(publishedLabel, null, published, WARM_UP, MEASURED);
        var signInCapacity = driver.run(signIn, null, "/sign-in", WARM_UP, MEASURED);
        System.out.printf("%nThe same %d users, each reading a page for %d ms on average before the next (target p95 below 50 ms)%n",
                USERS, THINK_MILLIS);
        driver.run(publishedLabel, null, published, 0, THINKING_REQUESTS_PER_USER, THINK_MILLIS);
        driver.run(signIn, null, "/sign-in", 0, THINKING_REQUESTS_PER_USER, THINK_MILLIS);
        System.out.printf("%nPublished chapter's capacity as a share of the sign-in page's: %.2f (target 0.5 or more)%n",
                publishedCapacity.throughput() / signInCapacity.throughput());
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /** Ten years of records, in a few set-based inserts; dates from {@code first} to {@code today}. */
    private void load(LocalDate first, LocalDate today) {
        int days = (int) ChronoUnit.DAYS.between(first, today);
        // the partnership's organisations have been on the register since before the first year
        jdbc.sql("UPDATE organisation SET created_at = CAST(:first AS DATE) - 1 + time '09:00' WHERE created_at > CAST(:first AS DATE)")
                .param("first", first).update();
        // actions raised evenly over the ten years; nearly all of those more than 18 months old are finished
        jdbc.sql("""
                INSERT INTO action_item (title, source_kind, source_id, source_title, owner_organisation_id, due_date, status,
                    closed_reason, finished_on, created_at)
                SELECT 'Bench action ' || g, (ARRAY['BUSINESS_PLAN','CASE_REVIEW','RAPID_REVIEW','SECTION_11','MULTI_AGENCY_AUDIT',
                           'INSPECTION','SCRUTINY','MEETING_DECISION'])[1 + g % 8],
                       'bench-' || (g % 500), 'Bench source ' || (g % 500), orgs[1 + g % array_length(orgs, 1)],
                       raised + 30 + (g * 7919) % 365, status, CASE WHEN status = 'CLOSED' THEN 'Superseded' END,
                       CASE WHEN status IN ('COMPLETED', 'CLOSED') THEN least(current_date, raised + (g * 31) % 300) END,
                       raised + time '10:00'
                FROM (SELECT g, raised, CASE
                          WHEN raised < current_date - 540 THEN CASE WHEN g % 100 < 3 THEN 'IN_PROGRESS' WHEN g % 10 = 9 THEN 'CLOSED' ELSE 'COMPLETED' END
                          ELSE (ARRAY['NOT_STARTED','NOT_STARTED','NOT_STARTED','IN_PROGRESS','IN_PROGRESS','IN_PROGRESS','COMPLETED',
                                      'COMPLETED','COMPLETED','CLOSED'])[1 + g % 10] END AS status
                      FROM (SELECT g, CAST(:first AS DATE) + (g % :days) AS raised FROM generate_series(1, :n) g) r) a,
                     (SELECT array_agg(id ORDER BY id) AS orgs FROM organisation) o""")
                .param("first", first).param("days", days).param("n", ACTIONS).update();

        // committees, each with 15 members from across the register, meeting 10 times a year, attendance marked
        jdbc.sql("""
                INSERT INTO committee (name, kind, purpose, start_date)
                SELECT 'Bench committee ' || c, 'COMMITTEE', 'A committee of the benchmark', :first FROM generate_series(1, :n) c""")
                .param("first", first).param("n", COMMITTEES).update();
        jdbc.sql("""
                INSERT INTO committee_member (committee_id, person_id, organisation_id, role, start_date)
                SELECT c.id, 900000 + c.id * 100 + m, orgs[1 + CAST((c.id * 15 + m) % array_length(orgs, 1) AS INTEGER)],
                       CASE WHEN m = 1 THEN 'CHAIR' ELSE 'MEMBER' END, :first
                FROM committee c, generate_series(1, :m) m, (SELECT array_agg(id ORDER BY id) AS orgs FROM organisation) o
                WHERE c.name LIKE 'Bench committee %'""").param("first", first).param("m", MEMBERS).update();
        jdbc.sql("""
                INSERT INTO meeting (committee_id, meeting_date, starts_at, ends_at, location)
                SELECT c.id, CAST(:first AS DATE) + y * 365 + k * 35 + CAST(c.id % 7 AS INTEGER), time '10:00', time '12:00', 'Bench room'
                FROM committee c, generate_series(0, :years - 1) y, generate_series(0, :k - 1) k
                WHERE c.name LIKE 'Bench committee %'""").param("first", first).param("years", YEARS).param("k", MEETINGS_PER_YEAR)
                .update();
        jdbc.sql("""
                INSERT INTO meeting_attendance (meeting, member_id, status, deputy_name)
                SELECT mt.id, cm.id, s.status, CASE WHEN s.status = 'DEPUTY' THEN 'Deputy for member ' || cm.id END
                FROM meeting mt JOIN committee_member cm ON cm.committee_id = mt.committee_id,
                     LATERAL (SELECT (ARRAY['PRESENT','PRESENT','PRESENT','PRESENT','PRESENT','PRESENT','PRESENT','PRESENT','PRESENT',
                              'PRESENT','PRESENT','PRESENT','PRESENT','PRESENT','PRESENT','APOLOGIES','APOLOGIES','ABSENT','DEPUTY',
                              'DEPUTY'])[1 + CAST((mt.id * 7 + cm.id * 13) % 20 AS INTEGER)] AS status) s
                WHERE mt.location = 'Bench room' AND mt.meeting_date <= current_date""").update();

        // a budget for every year that has none: three partners' contributions, a grant, spending in each category
        jdbc.sql("""
                INSERT INTO budget (start_year, status, balance_explanation)
                SELECT y, 'AGREED', 'Covered from reserves' FROM generate_series(:from, :to) y
                WHERE NOT EXISTS (SELECT 1 FROM budget b WHERE b.start_year = y)""")
                .param("from", first.getYear()).param("to", first.getYear() + YEARS - 1).update();
        jdbc.sql("""
                INSERT INTO budget_contribution (budget_id, organisation_id, agreed_pence, received_pence)
                SELECT b.id, o.id, 4000000 + b.start_year * 100 + o.n * 100000, 4000000 + o.n * 100000
                FROM budget b, (SELECT id, row_number() OVER (ORDER BY id) AS n FROM organisation ORDER BY id LIMIT 3) o
                WHERE NOT EXISTS (SELECT 1 FROM budget_contribution c WHERE c.budget_id = b.id)""").update();
        jdbc.sql("""
                INSERT INTO budget_income (budget_id, kind, description, budgeted_pence, actual_pence)
                SELECT b.id, 'GRANT', 'Bench grant', 1000000, 950000 + b.start_year FROM budget b
                WHERE NOT EXISTS (SELECT 1 FROM budget_income i WHERE i.budget_id = b.id)""").update();
        jdbc.sql("""
                INSERT INTO budget_expenditure (budget_id, category, description, budgeted_pence, actual_pence)
                SELECT b.id, cat, 'Bench ' || lower(cat), 2000000, 1900000 + (b.start_year % 10) * 20000
                FROM budget b, unnest(ARRAY['STAFFING','SCRUTINY_AND_LAY_MEMBERS','OPERATING_COSTS','TRAINING_AND_EVENTS',
                                            'PRACTICE_DEVELOPMENT','WEBSITE_AND_TOOLS']) cat
                WHERE NOT EXISTS (SELECT 1 FROM budget_expenditure e WHERE e.budget_id = b.id)""").update();

        // serious incident notifications (some notified late), a rapid review for every other one
        jdbc.sql("""
                INSERT INTO incident_notification (reference, child_reference, child_initials, age_years, sex, ethnicity,
                    incident_date, aware_date, harm, abuse, looked_after, notified_date, summary, created_at)
                SELECT 'BN-' || g, 'BENCH-' || g, 'AB', g % 18, (ARRAY['FEMALE','MALE'])[1 + g % 2], 'NOT_KNOWN',
                       d, d + 1, (ARRAY['DIED','SERIOUSLY_HARMED','SERIOUSLY_HARMED'])[1 + g % 3], 'SUSPECTED', g % 4 = 0,
                       d + 1 + (g % 9), 'A notification of the benchmark', d + time '09:00'
                FROM (SELECT g, CAST(:first AS DATE) + (g * 7919) % :days AS d FROM generate_series(1, :n) g) x""")
                .param("first", first).param("days", days - 30).param("n", NOTIFICATIONS_PER_YEAR * YEARS).update();
        jdbc.sql("""
                INSERT INTO rapid_review (reference, notification_id, meeting_date, findings, decision, sent_to_panel, created_at)
                SELECT 'BR-' || n.id, n.id, n.notified_date + 10, 'Findings of the benchmark',
                       (ARRAY['LOCAL_REVIEW','NO_LOCAL_REVIEW','NATIONAL_REVIEW_RECOMMENDED'])[1 + CAST(n.id % 3 AS INTEGER)],
                       n.notified_date + 12 + CAST(n.id % 10 AS INTEGER), n.created_at
                FROM incident_notification n WHERE n.reference LIKE 'BN-%' AND n.id % 2 = 0""").update();
        jdbc.sql("VACUUM ANALYZE").update();
    }

    /** Times a page {@code DRAFT_REPEATS} times after one warm-up; prints and returns the median in ms. */
    private double time(HttpClient client, String label, String path) throws Exception {
        get(client, path);
        double[] ms = new double[DRAFT_REPEATS];
        int bytes = 0;
        for (int i = 0; i < DRAFT_REPEATS; i++) {
            long t0 = System.nanoTime();
            bytes = get(client, path).length();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        double median = ms[DRAFT_REPEATS / 2];
        System.out.printf("%-62s median %6.0f ms  max %6.0f ms  (%,d bytes)%n", label, median, ms[DRAFT_REPEATS - 1], bytes);
        return median;
    }

    private double publish(HttpClient bu, String slug, int revision, String changeNote, long reportId, int expected) throws Exception {
        var form = new LinkedHashMap<String, String>();
        form.put("revision", String.valueOf(revision));
        form.put("changeNote", changeNote);
        String token = csrf(bu, "/yearly-report/" + slug);
        long t0 = System.nanoTime();
        send(bu, "/yearly-report/" + slug + "/publish", form, token);
        double seconds = (System.nanoTime() - t0) / 1e9;
        long versions = jdbc.sql("SELECT count(*) FROM report_version WHERE report_id = ?").param(reportId).query(Long.class).single();
        if (versions != expected) throw new IllegalStateException("Version " + expected + " was not published");
        return seconds;
    }

    private String get(HttpClient client, String path) throws Exception {
        var response = client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        return response.body();
    }

    private String csrf(HttpClient client, String page) throws Exception {
        var m = CSRF.matcher(get(client, page));
        if (!m.find()) throw new IllegalStateException("No CSRF token on " + page);
        return m.group(1);
    }

    /** Posts a form with the CSRF token read from {@code page}; expects the redirect a saved form answers. */
    private void post(HttpClient client, String page, String path, Map<String, String> fields) throws Exception {
        send(client, path, fields, csrf(client, page));
    }

    private void send(HttpClient client, String path, Map<String, String> fields, String token) throws Exception {
        var body = new StringBuilder("_csrf=").append(URLEncoder.encode(token, StandardCharsets.UTF_8));
        fields.forEach((k, v) -> body.append('&').append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        var response = client.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 302) throw new IllegalStateException("POST " + path + " answered " + response.statusCode());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
