package app.lantern.plan;

/** An objective: what the partnership will do, and the success measure — what difference children will see. */
public record ObjectiveDetails(String title, String difference) {
}
