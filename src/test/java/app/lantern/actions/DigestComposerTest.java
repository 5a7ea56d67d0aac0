package app.lantern.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.lantern.identity.PersonSummary;

/** The digest's wording, dates and grouping, without Spring. */
class DigestComposerTest {

    static final LocalDate MONDAY = LocalDate.of(2024, 3, 11);
    static final PersonSummary RORY = new PersonSummary(7, "Rory O'Brien", "rory@eastmere.example", "DSL", 3L, true);
    static final PersonSummary EIRA = new PersonSummary(8, "Eira Llwyd", "eira@eastmere.example", "Named Nurse", 4L, true);

    final DigestComposer composer = new DigestComposer(MONDAY, "https://lantern.example.org/", "Eastmere Safeguarding Children Partnership");

    @Test
    void each_owner_gets_one_email_listing_their_overdue_then_due_soon_actions() {
        var items = List.of(
                new DigestComposer.Item(42, "Refresh the neglect toolkit", 7, "Eastmere High School", LocalDate.of(2024, 3, 5)),
                new DigestComposer.Item(43, "Train staff on exploitation", 7, "Eastmere High School", LocalDate.of(2024, 3, 20)),
                new DigestComposer.Item(50, "Audit discharge letters", 8, "Eastmere Hospital", LocalDate.of(2024, 3, 12)));

        var digests = composer.compose(items, Map.of(7L, RORY, 8L, EIRA));

        assertThat(digests).extracting(DigestComposer.Digest::personId).containsExactly(7L, 8L);
        var rory = digests.get(0).email();
        assertThat(rory.toAddress()).isEqualTo("rory@eastmere.example");
        assertThat(rory.toName()).isEqualTo("Rory O'Brien");
        assertThat(rory.subject()).isEqualTo("Your actions this week: 1 overdue, 1 due soon");
        assertThat(rory.body())
                .startsWith("Dear Rory O'Brien,\n\n")
                .contains("as at Monday 11 March 2024")
                .contains("""
                        Overdue (1)

                        A-0042: Refresh the neglect toolkit
                        For: Eastmere High School
                        Due: 5 March 2024 (6 days overdue)
                        https://lantern.example.org/actions/42
                        """)
                .contains("""
                        Due in the next 30 days (1)

                        A-0043: Train staff on exploitation
                        For: Eastmere High School
                        Due: 20 March 2024 (due in 9 days)
                        https://lantern.example.org/actions/43
                        """)
                .contains("To update an action, open its link, sign in and record your progress")
                .endsWith("Eastmere Safeguarding Children Partnership\n")
                .doesNotContain("A-0050");
        assertThat(rory.body().indexOf("Overdue (1)")).isLessThan(rory.body().indexOf("Due in the next 30 days"));

        var eira = digests.get(1).email();
        assertThat(eira.subject()).isEqualTo("Your actions this week: 1 due soon");
        assertThat(eira.body()).contains("A-0050: Audit discharge letters", "Due: 12 March 2024 (due tomorrow)")
                .doesNotContain("Overdue (");
    }

    @Test
    void says_how_late_or_how_soon_in_days() {
        assertThat(composer.lateness(MONDAY.minusDays(1))).isEqualTo("1 day overdue");
        assertThat(composer.lateness(MONDAY.minusDays(40))).isEqualTo("40 days overdue");
        assertThat(composer.lateness(MONDAY)).isEqualTo("due today");
        assertThat(composer.lateness(MONDAY.plusDays(1))).isEqualTo("due tomorrow");
        assertThat(composer.lateness(MONDAY.plusDays(30))).isEqualTo("due in 30 days");
    }

    @Test
    void an_action_due_today_is_due_soon_not_overdue() {
        var email = composer.email(RORY, List.of(new DigestComposer.Item(1, "Today's action", 7, "School", MONDAY)));
        assertThat(email.subject()).isEqualTo("Your actions this week: 1 due soon");
        assertThat(email.body()).contains("Due: 11 March 2024 (due today)").doesNotContain("Overdue");
    }

    @Test
    void deactivated_unknown_and_addressless_owners_get_nothing_and_nothing_beyond_the_window_is_listed() {
        var gone = new PersonSummary(9, "Left Already", "left@eastmere.example", null, null, false);
        var noEmail = new PersonSummary(10, "No Address", " ", null, null, true);
        var items = List.of(
                new DigestComposer.Item(1, "Owned by someone who left", 9, "Council", MONDAY),
                new DigestComposer.Item(2, "Owned by someone without an address", 10, "Council", MONDAY),
                new DigestComposer.Item(3, "Owned by nobody we know", 11, "Council", MONDAY),
                new DigestComposer.Item(4, "Far off", 7, "Council", MONDAY.plusDays(31)),
                new DigestComposer.Item(5, "Just in the window", 7, "Council", MONDAY.plusDays(30)));

        var digests = composer.compose(items, Map.of(7L, RORY, 9L, gone, 10L, noEmail));

        assertThat(digests).hasSize(1);
        assertThat(digests.get(0).email().body()).contains("A-0005: Just in the window").doesNotContain("A-0004");
    }

    @Test
    void the_link_works_whether_or_not_the_base_url_ends_with_a_slash() {
        var withoutSlash = new DigestComposer(MONDAY, "http://localhost:8080", "P");
        var email = withoutSlash.email(RORY, List.of(new DigestComposer.Item(1234, "X", 7, "Org", MONDAY.minusDays(2))));
        assertThat(email.body()).contains("A-1234: X", "http://localhost:8080/actions/1234\n", "(2 days overdue)");
    }
}
