package app.lantern.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.lantern.LanternApplication;
import app.lantern.LanternIntegrationTest;

/**
 * Sessions live in PostgreSQL, so a second instance on the same database serves a person who
 * signed in on the first: this is how Lantern scales out behind a load balancer.
 */
@LanternIntegrationTest
class SharedSessionsIT {

    @LocalServerPort int port;
    @Autowired DataSource dataSource;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void a_second_instance_on_the_same_database_serves_the_same_signed_in_person() throws Exception {
        String jdbcUrl = ((HikariDataSource) dataSource).getJdbcUrl();
        try (var second = new SpringApplicationBuilder(LanternApplication.class).properties(
                "server.port=0", "spring.datasource.url=" + jdbcUrl, "spring.datasource.username=postgres",
                "lantern.demo-data=false", "spring.main.banner-mode=off").run()) {
            int secondPort = Integer.parseInt(second.getEnvironment().getProperty("local.server.port"));

            String session = signIn(port, "member@eastmere.example", "demo");

            var onSecond = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + secondPort + "/"))
                    .header("Cookie", "SESSION=" + session).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(onSecond.statusCode()).isEqualTo(200);
            assertThat(Jsoup.parse(onSecond.body()).select(".lantern-person").text()).contains("Eira Llwyd");
        }
    }

    private String signIn(int port, String email, String password) throws Exception {
        var page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sign-in")).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = sessionCookie(page);
        String csrf = Jsoup.parse(page.body()).select("form[action=/sign-in] input[name=_csrf]").val();
        String form = "email=" + enc(email) + "&password=" + enc(password) + "&_csrf=" + enc(csrf);
        var signedIn = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "SESSION=" + cookie)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        return sessionCookie(signedIn);
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring("SESSION=".length(), c.indexOf(';'))).findFirst().orElseThrow();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
