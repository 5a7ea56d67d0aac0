package app.lantern.actions;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import app.lantern.identity.PersonSummary;
import app.lantern.notify.OutgoingEmail;

/**
 * Writes the weekly digest: one plain-text email per named owner, listing their open actions
 * that are overdue and those due within {@link ActionRules#DUE_SOON_DAYS} days, each with its
 * reference, title, organisation, due date, how late or how soon, and a link to its page.
 * No Spring and no database, so the wording is tested on its own.
 */
final class DigestComposer {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    /** An open action as the digest shows it. */
    record Item(long actionId, String title, long ownerPersonId, String organisationName, LocalDate due) {
    }

    /** One owner's digest, ready to send. */
    record Digest(long personId, OutgoingEmail email) {
    }

    private final LocalDate today;
    private final String baseUrl;
    private final String partnershipName;

    DigestComposer(LocalDate today, String baseUrl, String partnershipName) {
        this.today = today;
        this.baseUrl = baseUrl.strip().replaceAll("/+$", "");
        this.partnershipName = partnershipName;
    }

    /**
     * One digest per owner, in the order the items come (by owner, then due date). Owners who are
     * unknown, deactivated or have no email address get none; nor do items due after the window
     * (a caller's query may look further ahead).
     */
    List<Digest> compose(List<Item> items, Map<Long, PersonSummary> people) {
        var byOwner = new LinkedHashMap<Long, List<Item>>();
        for (var item : items) {
            if (item.due().isAfter(today.plusDays(ActionRules.DUE_SOON_DAYS))) continue;
            byOwner.computeIfAbsent(item.ownerPersonId(), k -> new ArrayList<>()).add(item);
        }
        var digests = new ArrayList<Digest>();
        byOwner.forEach((personId, own) -> {
            var person = people.get(personId);
            if (person == null || !person.active() || person.email() == null || person.email().isBlank()) return;
            digests.add(new Digest(personId, email(person, own)));
        });
        return digests;
    }

    OutgoingEmail email(PersonSummary person, List<Item> items) {
        var overdue = items.stream().filter(i -> i.due().isBefore(today)).toList();
        var dueSoon = items.stream().filter(i -> !i.due().isBefore(today)).toList();
        var body = new StringBuilder();
        body.append("Dear ").append(person.fullName()).append(",\n\n");
        body.append("These are the actions you own in Lantern that need attention, as at ").append(today.format(WEEKDAY)).append(".\n");
        section(body, "Overdue (" + overdue.size() + ")", overdue);
        section(body, "Due in the next " + ActionRules.DUE_SOON_DAYS + " days (" + dueSoon.size() + ")", dueSoon);
        body.append("\nTo update an action, open its link, sign in and record your progress on the action's page: ")
                .append("add an update, change its status, or mark it completed with your evidence. ")
                .append("If an action is no longer yours, ask the partnership's business unit to change its owner.\n");
        body.append("\nYou get this email each week while you own actions that are overdue or due soon.\n");
        body.append("\n").append(partnershipName).append("\n");
        return new OutgoingEmail(person.email(), person.fullName(), subject(overdue.size(), dueSoon.size()), body.toString());
    }

    static String subject(int overdue, int dueSoon) {
        var parts = new ArrayList<String>();
        if (overdue > 0) parts.add(overdue + " overdue");
        if (dueSoon > 0) parts.add(dueSoon + " due soon");
        return "Your actions this week: " + String.join(", ", parts);
    }

    private void section(StringBuilder body, String heading, List<Item> items) {
        if (items.isEmpty()) return;
        body.append("\n").append(heading).append("\n");
        for (var i : items) {
            body.append("\n").append(ActionReference.of(i.actionId())).append(": ").append(i.title()).append("\n");
            body.append("For: ").append(i.organisationName()).append("\n");
            body.append("Due: ").append(i.due().format(DAY)).append(" (").append(lateness(i.due())).append(")\n");
            body.append(baseUrl).append("/actions/").append(i.actionId()).append("\n");
        }
    }

    /** "3 days overdue", "1 day overdue", "due today", "due tomorrow", "due in 12 days". */
    String lateness(LocalDate due) {
        long days = ChronoUnit.DAYS.between(today, due);
        if (days < 0) return plural(-days, "day") + " overdue";
        if (days == 0) return "due today";
        if (days == 1) return "due tomorrow";
        return "due in " + plural(days, "day");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
