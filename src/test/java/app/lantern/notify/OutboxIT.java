package app.lantern.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import app.lantern.LanternIntegrationTest;

/**
 * The outbox: what the {@link Mailer} writes (and what a rolled-back change does not), and the
 * administrators' pages that show it. Tests run without a mail server, so every email is kept.
 */
@LanternIntegrationTest
class OutboxIT {

    @Autowired Mailer mailer;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    @Test
    void without_a_mail_server_an_email_is_kept_in_the_outbox_and_says_why() {
        String to = unique("kept");
        long id = mailer.send(new OutgoingEmail(to, "Kept Person", "Kept subject", "Hello"));

        assertThat(mailer.mailServerConfigured()).isFalse();
        assertThat(jdbc.sql("SELECT status || ' / ' || note FROM outbox_email WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("KEPT / No mail server configured");
    }

    @Test
    void a_change_that_rolls_back_sends_nothing() {
        String to = unique("rolled.back");
        transactions.executeWithoutResult(tx -> {
            mailer.send(new OutgoingEmail(to, null, "Never", "This change failed"));
            tx.setRollbackOnly();
        });

        assertThat(countTo(to)).isZero();
    }

    @Test
    void an_email_sent_once_by_key_is_not_written_twice() {
        String to = unique("once");
        String key = "test-once:" + to;
        assertThat(mailer.sendOnce(key, new OutgoingEmail(to, null, "First", "Body"))).isTrue();
        assertThat(mailer.sendOnce(key, new OutgoingEmail(to, null, "Second", "Body"))).isFalse();

        assertThat(countTo(to)).isOne();
    }

    @Test
    void a_header_cannot_be_smuggled_in_through_the_subject_or_name() {
        var email = new OutgoingEmail(" someone@test.example ", "Eve\r\nBcc: all@test.example", "Hi\nBcc: all@test.example", "Body");
        assertThat(email.toAddress()).isEqualTo("someone@test.example");
        assertThat(email.toName()).isEqualTo("Eve Bcc: all@test.example");
        assertThat(email.subject()).isEqualTo("Hi Bcc: all@test.example");
    }

    @Test
    @WithUserDetails("admin@eastmere.example")
    void an_administrator_sees_the_newest_email_first_and_reads_it_in_full() throws Exception {
        String to = unique("reader");
        long id = mailer.send(new OutgoingEmail(to, "Rhian Outbox", "Your actions this week: 2 overdue",
                "Dear Rhian Outbox,\n\nOverdue (2)\n\nA-0001: First <b>thing</b>\nDue: 1 March 2024\n\nRegards"));

        var list = page("/admin/outbox");
        assertThat(list.select("h1").text()).isEqualTo("Outbox");
        assertThat(list.select("table caption").text()).isEqualTo("Emails, newest first");
        assertThat(list.select("table th[scope=col]").eachText()).containsExactly("To", "Subject", "Created", "Status");
        var first = list.select("table tbody tr").first();
        assertThat(first.select("td").get(0).text()).isEqualTo("Rhian Outbox " + to);
        assertThat(first.select("td a").attr("href")).isEqualTo("/admin/outbox/" + id);
        assertThat(first.select("td a").text()).isEqualTo("Your actions this week: 2 overdue");
        assertThat(first.select("td").get(3).text()).isEqualTo("Not sent No mail server configured");
        assertThat(list.select(".govuk-inset-text").text()).contains("No mail server is configured");
        assertThat(list.select("form[action='/actions/digest'] button").text()).isEqualTo("Send the digest now");

        var email = page("/admin/outbox/" + id);
        assertThat(email.select("h1").text()).isEqualTo("Your actions this week: 2 overdue");
        assertThat(email.select(".govuk-summary-list").text()).contains("To Rhian Outbox <" + to + ">", "Status Not sent");
        var paragraphs = email.select(".govuk-inset-text p");
        assertThat(paragraphs.eachText()).containsExactly("Dear Rhian Outbox,", "Overdue (2)",
                "A-0001: First <b>thing</b> Due: 1 March 2024", "Regards");
        assertThat(paragraphs.get(2).select("br")).hasSize(1);
        assertThat(paragraphs.get(2).select("b")).as("the body is text, never markup").isEmpty();
    }

    @Test
    @WithUserDetails("admin@eastmere.example")
    void an_unknown_email_is_not_found_and_a_silly_page_number_shows_the_first_page() throws Exception {
        mvc.perform(get("/admin/outbox/999999999")).andExpect(status().isNotFound());
        mvc.perform(get("/admin/outbox?page=abc")).andExpect(status().isOk());
    }

    @Test
    @WithUserDetails("business.unit@eastmere.example")
    void nobody_but_an_administrator_reads_the_outbox() throws Exception {
        long id = mailer.send(new OutgoingEmail(unique("private"), null, "Private", "Body"));
        mvc.perform(get("/admin/outbox")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/outbox/" + id)).andExpect(status().isForbidden());
    }

    @Test
    void the_service_refuses_anyone_but_an_administrator_whatever_the_url_rules_say(@Autowired Outbox outbox) {
        var businessUnit = app.lantern.identity.TestPeople.person(1, "bu@test.example", "BU", null,
                java.util.Set.of(app.lantern.shared.Role.BUSINESS_UNIT));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> outbox.page(businessUnit, 1))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class)
                .hasMessageContaining("the outbox");
    }

    private Document page(String path) throws Exception {
        var response = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return Jsoup.parse(response.getContentAsString());
    }

    private long countTo(String address) {
        return jdbc.sql("SELECT count(*) FROM outbox_email WHERE to_address = :a").param("a", address).query(Long.class).single();
    }

    private static String unique(String prefix) {
        return prefix + "." + System.nanoTime() + "@test.example";
    }
}
