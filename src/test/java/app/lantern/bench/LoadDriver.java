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
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * A closed-loop load driver for the benchmarks: a number of users, each with their own session,
 * asking for a page one request after another, either at once (the server's capacity) or after
 * reading the last page for a while (people using it). Prints p50, p95, p99 and throughput.
 */
final class LoadDriver {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final int users;

    LoadDriver(int port, int users) {
        this.port = port;
        this.users = users;
    }

    /**
     * Warms up, then measures {@code measuredPerUser} requests per user, each sent as soon as the
     * last was answered; {@code email} null means not signed in.
     */
    Result run(String label, String email, String path, int warmUpPerUser, int measuredPerUser) throws Exception {
        return run(label, email, path, warmUpPerUser, measuredPerUser, 0);
    }

    /**
     * Like {@link #run(String, String, String, int, int)}, but each user waits between half and one
     * and a half times {@code thinkMillis} (on average {@code thinkMillis}) after each answer.
     */
    Result run(String label, String email, String path, int warmUpPerUser, int measuredPerUser, int thinkMillis)
            throws Exception {
        var clients = new ArrayList<HttpClient>();
        for (int i = 0; i < users; i++) {
            var client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            if (email != null) signIn(client, email);
            clients.add(client);
        }
        measure(clients, path, warmUpPerUser, 0);
        long started = System.nanoTime();
        long[] latencies = measure(clients, path, measuredPerUser, thinkMillis);
        double seconds = (System.nanoTime() - started) / 1e9;
        Arrays.sort(latencies);
        var result = new Result(ms(latencies, 0.50), ms(latencies, 0.95), ms(latencies, 0.99), latencies.length / seconds);
        System.out.printf("%-62s n=%5d  p50=%6.1f ms  p95=%6.1f ms  p99=%6.1f ms  throughput=%7.1f req/s%n", label,
                latencies.length, result.p50(), result.p95(), result.p99(), result.throughput());
        return result;
    }

    record Result(double p50, double p95, double p99, double throughput) {
    }

    private long[] measure(List<HttpClient> clients, String path, int perUser, int thinkMillis) throws Exception {
        var uri = URI.create("http://127.0.0.1:" + port + path);
        var errors = new AtomicInteger();
        var tasks = new ArrayList<Callable<long[]>>();
        for (var client : clients) {
            tasks.add(() -> {
                long[] mine = new long[perUser];
                for (int i = 0; i < perUser; i++) {
                    if (thinkMillis > 0) Thread.sleep(thinkMillis / 2 + ThreadLocalRandom.current().nextInt(thinkMillis + 1));
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

    /** A client signed in as the given demo person (password "demo"). */
    HttpClient signedIn(String email) throws Exception {
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        signIn(client, email);
        return client;
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
