package app.lantern;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;

/**
 * Real HTTP against a running Lantern, for what MockMvc cannot show: error pages rendered by the
 * server's error dispatch, and sessions shared between instances.
 */
public final class SignedInHttp {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** Signs in through the sign-in form and returns the SESSION cookie's value. */
    public String signIn(int port, String email, String password) throws IOException, InterruptedException {
        var page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sign-in")).build(),
                HttpResponse.BodyHandlers.ofString());
        String csrf = Jsoup.parse(page.body()).select("form[action=/sign-in] input[name=_csrf]").val();
        String form = "email=" + enc(email) + "&password=" + enc(password) + "&_csrf=" + enc(csrf);
        var signedIn = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "SESSION=" + session(page))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        if (signedIn.headers().firstValue("Location").orElse("").contains("sign-in")) {
            throw new IllegalStateException("Sign-in failed for " + email);
        }
        return session(signedIn);
    }

    public HttpResponse<String> get(int port, String path, String session) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Cookie", "SESSION=" + session).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Uploads a file through the form on {@code formPath} (its CSRF token read from the page), with
     * the given text fields, as a browser would post it to {@code action}.
     */
    public HttpResponse<String> upload(int port, String formPath, String action, String session, java.util.Map<String, String> fields,
            String fileField, String fileName, byte[] content) throws IOException, InterruptedException {
        String csrf = Jsoup.parse(get(port, formPath, session).body()).select("main form input[name=_csrf]").val();
        String boundary = "lantern" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        var all = new java.util.LinkedHashMap<>(fields);
        all.put("_csrf", csrf);
        for (var f : all.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                    + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + action))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Cookie", "SESSION=" + session)
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Presses "Sign out" in the page header. */
    public HttpResponse<Void> signOut(int port, String session) throws IOException, InterruptedException {
        String csrf = Jsoup.parse(get(port, "/", session).body()).select("form[action=/sign-out] input[name=_csrf]").val();
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sign-out"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "SESSION=" + session)
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(csrf))).build(), HttpResponse.BodyHandlers.discarding());
    }

    private static String session(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring("SESSION=".length(), c.indexOf(';'))).findFirst().orElseThrow();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
