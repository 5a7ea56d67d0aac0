package app.lantern.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import app.lantern.LanternIntegrationTest;

@LanternIntegrationTest
class HomePageIT {

    @Autowired MockMvc mvc;

    @Test
    @WithUserDetails("chair@eastmere.example")
    void a_committee_chair_sees_their_committees_next_meetings_and_not_everyone_elses() throws Exception {
        var page = Jsoup.parse(mvc.perform(get("/")).andReturn().getResponse().getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("Welcome, Agnieszka Wróbel");
        var mine = page.select("h2:contains(Your next meetings) + ul li a").eachText();
        assertThat(mine).isNotEmpty().contains("Contextual Safeguarding Committee").doesNotContain("Child Death Overview Panel");
        assertThat(page.select("h2:contains(Coming up across the partnership)")).isEmpty();
        assertThat(page.select("h2:contains(Attendance to record) + ul li a").eachText()).noneMatch(t -> t.startsWith("Training Pool, "));
    }

    @Test
    @WithUserDetails("business.unit@eastmere.example")
    void the_business_unit_also_sees_what_is_coming_up_across_the_partnership() throws Exception {
        var page = Jsoup.parse(mvc.perform(get("/")).andReturn().getResponse().getContentAsString());
        assertThat(page.select("h2:contains(Coming up across the partnership) + ul li a")).hasSize(5);
        // the demo Training Pool's latest meeting went ahead without attendance recorded
        assertThat(page.select("h2:contains(Attendance to record) + ul li a").eachText()).anyMatch(t -> t.startsWith("Training Pool, "));
    }
}
