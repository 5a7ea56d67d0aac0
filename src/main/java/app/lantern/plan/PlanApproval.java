package app.lantern.plan;

import java.time.LocalDate;

/** A partner lead's approval: the day the plan (or its revision) was agreed, and where, e.g. "Agreed at the Executive". */
public record PlanApproval(LocalDate on, String note) {
}
