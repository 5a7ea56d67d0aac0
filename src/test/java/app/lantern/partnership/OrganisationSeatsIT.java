package app.lantern.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import app.lantern.LanternIntegrationTest;

@LanternIntegrationTest
class OrganisationSeatsIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    @WithUserDetails("agency.lead@eastmere.example")
    void an_organisations_page_shows_who_represents_it_on_which_committee() throws Exception {
        long police = jdbc.sql("SELECT id FROM organisation WHERE name = 'Eastmere Police'").query(Long.class).single();
        var page = Jsoup.parse(mvc.perform(get("/organisations/" + police)).andReturn().getResponse().getContentAsString());
        var committees = page.select("h2:contains(Committee seats) ~ .lantern-table-scroll table tbody td:first-child a").eachText();
        assertThat(committees).contains("Contextual Safeguarding Committee");
        assertThat(page.select("h2:contains(Committee seats) ~ .lantern-table-scroll table").text()).contains("Agnieszka Wróbel", "Chair");
    }
}
