package app.lantern.identity;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.lantern.LanternApplication;
import app.lantern.LanternIntegrationTest;
import app.lantern.SignedInHttp;

/**
 * Sessions live in PostgreSQL, so a second instance on the same database serves a person who
 * signed in on the first: this is how Lantern scales out behind a load balancer.
 */
@LanternIntegrationTest
class SharedSessionsIT {

    @LocalServerPort int port;
    @Autowired DataSource dataSource;

    @Test
    void a_second_instance_on_the_same_database_serves_the_same_signed_in_person() throws Exception {
        String jdbcUrl = ((HikariDataSource) dataSource).getJdbcUrl();
        // command-line arguments, as an operator would start it: they outrank the tests' config file
        try (var second = new SpringApplicationBuilder(LanternApplication.class).run(
                "--server.port=0", "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres",
                "--lantern.demo-data=false", "--spring.main.banner-mode=off")) {
            int secondPort = Integer.parseInt(second.getEnvironment().getProperty("local.server.port"));
            var http = new SignedInHttp();

            String session = http.signIn(port, "member@eastmere.example", "demo");

            var onSecond = http.get(secondPort, "/", session);
            assertThat(onSecond.statusCode()).isEqualTo(200);
            assertThat(Jsoup.parse(onSecond.body()).select(".lantern-person").text()).contains("Eira Llwyd");

            // the second instance runs without demo mode: its sign-in page never lists accounts
            var signInPage = Jsoup.parse(http.get(secondPort, "/sign-in", "none").body());
            assertThat(signInPage.select("h1").text()).isEqualTo("Sign in");
            assertThat(signInPage.text()).doesNotContain("admin@eastmere.example").doesNotContain("Demo accounts");
        }
    }
}
