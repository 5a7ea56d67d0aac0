package app.lantern.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import app.lantern.LanternIntegrationTest;
import app.lantern.SignedInHttp;

@LanternIntegrationTest
class ErrorPagesIT {

    @Autowired MockMvc mvc;
    @LocalServerPort int port;

    @Test
    void the_address_people_guess_first_leads_to_sign_in() throws Exception {
        mvc.perform(get("/login")).andExpect(redirectedUrl("/sign-in"));
    }

    @Test
    void a_record_address_with_a_non_numeric_id_is_page_not_found() throws Exception {
        var http = new SignedInHttp();
        var response = http.get(port, "/organisations/abc", http.signIn(port, "member@eastmere.example", "demo"));
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Page not found");
    }
}
