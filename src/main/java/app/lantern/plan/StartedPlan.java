package app.lantern.plan;

/** The draft plan started from an approved one, and how many unfinished actions were carried forward to it. */
public record StartedPlan(long planId, int carriedForward) {
}
