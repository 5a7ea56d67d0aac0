package app.lantern.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import app.lantern.LanternIntegrationTest;
import app.lantern.shared.Role;
import app.lantern.identity.UserAdministration;
import app.lantern.identity.UserAdministration.AccountDetails;

/**
 * The weekly digest against the real database: owners of overdue and soon-due actions get one
 * email each in the outbox (no mail server is configured in tests, so it is kept, not sent).
 */
@LanternIntegrationTest
class WeeklyDigestIT {

    @Autowired WeeklyDigest digest;
    @Autowired ActionTracker tracker;
    @Autowired UserAdministration accounts;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired MockMvc mvc;

    record Row(String toAddress, String toName, String subject, String body, String status, String note) {
    }

    @Test
    void an_owner_gets_their_overdue_and_due_soon_actions_with_links_and_nothing_else() {
        LocalDate today = LocalDate.now(clock);
        long school = organisation("Eastmere Police");
        String email = unique("digest.owner") + "@test.example";
        long owner = accounts.create(new AccountDetails(email, "Digest Owner", "Inspector", school, Set.of(Role.AGENCY_LEAD)), "a long enough password");

        long late = raise("Review missing-from-home returns", school, owner, today.minusDays(3));
        long soon = raise("Brief officers on the new threshold", school, owner, today.plusDays(10));
        long farOff = raise("Refresh the exploitation protocol", school, owner, today.plusDays(ActionRules.DUE_SOON_DAYS + 5));
        long done = raise("Share the audit findings", school, owner, today.minusDays(1));
        tracker.recordProgress(done, ActionStatus.COMPLETED, today, "Shared at the executive");
        long unowned = raise("Nobody named for this one", school, null, today.minusDays(1));

        int emails = digest.sendDigest();

        assertThat(emails).isGreaterThanOrEqualTo(1);
        var rows = outboxFor(email);
        assertThat(rows).hasSize(1);
        var row = rows.get(0);
        assertThat(row.toName()).isEqualTo("Digest Owner");
        assertThat(row.subject()).isEqualTo("Your actions this week: 1 overdue, 1 due soon");
        assertThat(row.status()).isEqualTo("KEPT");
        assertThat(row.note()).isEqualTo("No mail server configured");
        assertThat(row.body())
                .startsWith("Dear Digest Owner,")
                .contains(ActionReference.of(late) + ": Review missing-from-home returns\nFor: Eastmere Police\nDue: "
                        + today.minusDays(3).format(DigestComposer.DAY) + " (3 days overdue)\nhttp://localhost:8080/actions/" + late + "\n")
                .contains(ActionReference.of(soon) + ": Brief officers on the new threshold\nFor: Eastmere Police\nDue: "
                        + today.plusDays(10).format(DigestComposer.DAY) + " (due in 10 days)\nhttp://localhost:8080/actions/" + soon + "\n")
                .doesNotContain(ActionReference.of(farOff), ActionReference.of(done), ActionReference.of(unowned));
    }

    @Test
    void a_deactivated_owner_gets_no_digest() {
        LocalDate today = LocalDate.now(clock);
        long council = organisation("Eastmere Police");
        String email = unique("digest.left") + "@test.example";
        long owner = accounts.create(new AccountDetails(email, "Left The Partnership", null, council, Set.of(Role.AGENCY_LEAD)), "a long enough password");
        raise("Overdue but the owner has gone", council, owner, today.minusDays(20));
        accounts.setActive(owner, accounts.find(owner).orElseThrow().version(), false);

        digest.sendDigest();

        assertThat(outboxFor(email)).isEmpty();
    }

    @Test
    void the_scheduled_digest_goes_once_a_day_however_often_the_schedule_runs() {
        LocalDate today = LocalDate.now(clock);
        long police = organisation("Eastmere Police");
        String email = unique("digest.once") + "@test.example";
        long owner = accounts.create(new AccountDetails(email, "Once Only", null, police, Set.of(Role.AGENCY_LEAD)), "a long enough password");
        raise("Due tomorrow", police, owner, today.plusDays(1));

        digest.sendScheduled();
        digest.sendScheduled(); // a second instance running the same schedule

        assertThat(outboxFor(email)).singleElement().extracting(Row::subject).isEqualTo("Your actions this week: 1 due soon");
    }

    @Test
    void the_demo_digest_is_kept_in_the_outbox_marked_as_demo_data() {
        LocalDate today = LocalDate.now(clock);
        long police = organisation("Eastmere Police");
        String email = unique("digest.demo") + "@test.example";
        long owner = accounts.create(new AccountDetails(email, "Demo Owner", null, police, Set.of(Role.AGENCY_LEAD)), "a long enough password");
        raise("Overdue in the demo", police, owner, today.minusDays(2));

        digest.keepDemoDigest();

        assertThat(outboxFor(email)).singleElement().satisfies(row -> {
            assertThat(row.status()).isEqualTo("KEPT");
            assertThat(row.note()).isEqualTo("Demo data: fictional people, never sent");
        });
    }

    @Test
    @WithUserDetails("business.unit@eastmere.example")
    void the_business_unit_sends_the_digest_now_and_is_told_what_happened() throws Exception {
        LocalDate today = LocalDate.now(clock);
        long police = organisation("Eastmere Police");
        String email = unique("digest.now") + "@test.example";
        long owner = accounts.create(new AccountDetails(email, "Send Now", null, police, Set.of(Role.AGENCY_LEAD)), "a long enough password");
        raise("Overdue, sent on demand", police, owner, today.minusDays(1));

        mvc.perform(post("/actions/digest").with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/actions"))
                .andExpect(flash().attribute("success", org.hamcrest.Matchers.startsWith("Weekly digest written to the outbox for ")));

        assertThat(outboxFor(email)).singleElement().extracting(Row::body).asString().contains("(1 day overdue)");
    }

    @Test
    @WithUserDetails("admin@eastmere.example")
    void an_administrator_who_sends_the_digest_is_taken_to_the_outbox() throws Exception {
        mvc.perform(post("/actions/digest").with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/outbox"));
    }

    @Test
    @WithUserDetails("agency.lead@eastmere.example")
    void an_agency_lead_may_not_send_the_digest() throws Exception {
        mvc.perform(post("/actions/digest").with(csrf())).andExpect(status().isForbidden());
    }

    private long raise(String title, long organisation, Long owner, LocalDate due) {
        return tracker.raise(new NewAction(new SourceReference(new SourceKind("INSPECTION", "Inspection"), "digest-it", "Digest test inspection", null),
                title, null, organisation, owner, due));
    }

    private long organisation(String name) {
        return jdbc.sql("SELECT id FROM organisation WHERE name = :name").param("name", name).query(Long.class).single();
    }

    private List<Row> outboxFor(String address) {
        return jdbc.sql("SELECT to_address, to_name, subject, body, status, note FROM outbox_email WHERE to_address = :a ORDER BY id")
                .param("a", address).query(Row.class).list();
    }

    private static String unique(String prefix) {
        return prefix + "." + System.nanoTime();
    }
}
