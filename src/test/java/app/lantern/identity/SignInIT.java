package app.lantern.identity;

import app.lantern.shared.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.EnumSet;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import app.lantern.LanternIntegrationTest;

@LanternIntegrationTest
class SignInIT {

    @Autowired MockMvc mvc;
    @org.springframework.boot.test.web.server.LocalServerPort int port;
    @Autowired UserAdministration accounts;
    @Autowired JdbcClient jdbc;
    @Autowired org.springframework.transaction.support.TransactionTemplate tx;

    private long newAccount(String email) {
        return tx.execute(s -> accounts.create(new UserAdministration.AccountDetails(email, "Test Person", null, null,
                EnumSet.of(Role.COMMITTEE_MEMBER)), "correct horse battery"));
    }

    @Test
    void demo_mode_lists_the_demo_accounts_on_the_sign_in_page() throws Exception {
        var html = mvc.perform(get("/sign-in")).andReturn().getResponse().getContentAsString();
        var page = Jsoup.parse(html);
        assertThat(page.select("h1").text()).isEqualTo("Sign in");
        assertThat(page.select("table td").eachText()).contains("admin@eastmere.example", "lado@eastmere.example");
    }

    @Test
    void a_correct_password_signs_in_and_is_logged() throws Exception {
        newAccount("signin.ok@test.example");
        mvc.perform(formLogin("/sign-in").userParameter("email").user("signin.ok@test.example").password("correct horse battery"))
                .andExpect(redirectedUrl("/"));
        assertThat(jdbc.sql("SELECT count(*) FROM activity_log WHERE actor_email = ? AND action = 'SIGNED_IN'")
                .param("signin.ok@test.example").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void five_failures_lock_the_account_for_fifteen_minutes_even_for_the_right_password() throws Exception {
        newAccount("signin.locked@test.example");
        for (int i = 1; i <= 4; i++) {
            mvc.perform(formLogin("/sign-in").userParameter("email").user("signin.locked@test.example").password("wrong"))
                    .andExpect(redirectedUrl("/sign-in?error"));
        }
        mvc.perform(formLogin("/sign-in").userParameter("email").user("signin.locked@test.example").password("wrong"))
                .andExpect(redirectedUrl("/sign-in?locked"));
        mvc.perform(formLogin("/sign-in").userParameter("email").user("signin.locked@test.example").password("correct horse battery"))
                .andExpect(redirectedUrl("/sign-in?locked"));

        var page = Jsoup.parse(mvc.perform(get("/sign-in?locked")).andReturn().getResponse().getContentAsString());
        assertThat(page.select(".govuk-error-summary a").text()).contains("locked for 15 minutes");
        assertThat(jdbc.sql("SELECT count(*) FROM activity_log WHERE actor_email = ? AND action IN ('SIGN_IN_FAILED','SIGN_IN_LOCKED')")
                .param("signin.locked@test.example").query(Long.class).single()).isEqualTo(6);
    }

    @Test
    void a_deactivated_account_cannot_sign_in() throws Exception {
        long id = newAccount("signin.inactive@test.example");
        tx.executeWithoutResult(s -> accounts.setActive(id, accounts.find(id).orElseThrow().version(), false));
        mvc.perform(formLogin("/sign-in").userParameter("email").user("signin.inactive@test.example").password("correct horse battery"))
                .andExpect(redirectedUrl("/sign-in?error"));
    }

    @Test
    void an_unknown_email_fails_like_a_wrong_password_and_is_logged() throws Exception {
        mvc.perform(formLogin("/sign-in").userParameter("email").user("nobody@test.example").password("x"))
                .andExpect(redirectedUrl("/sign-in?error"));
        assertThat(jdbc.sql("SELECT count(*) FROM activity_log WHERE actor_email = 'nobody@test.example' AND action = 'SIGN_IN_FAILED'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void signing_out_ends_the_session_and_is_logged() throws Exception {
        newAccount("signin.out@test.example");
        var http = new app.lantern.SignedInHttp();
        String session = http.signIn(port, "signin.out@test.example", "correct horse battery");
        assertThat(http.get(port, "/", session).statusCode()).isEqualTo(200);

        var signedOut = http.signOut(port, session);
        assertThat(signedOut.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in?signed-out"));
        assertThat(http.get(port, "/", session).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT count(*) FROM activity_log WHERE actor_email = 'signin.out@test.example' AND action = 'SIGNED_OUT'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void passwords_are_stored_as_argon2_hashes() {
        newAccount("signin.hash@test.example");
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE email = 'signin.hash@test.example'").query(String.class).single();
        assertThat(hash).startsWith("{argon2}$argon2id$");
    }
}
