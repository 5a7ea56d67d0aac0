package app.lantern.plan;

/** A priority as the business unit writes it: its title, why it matters and who leads it. */
public record PriorityDetails(String title, String whyItMatters, String lead) {
}
