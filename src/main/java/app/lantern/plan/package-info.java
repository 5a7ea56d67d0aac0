/**
 * Plan: the partnership's business plan — numbered priorities for one or more reporting years,
 * each with objectives (what difference children will see) and actions raised in the tracker —
 * drafted, approved and revised on the record; progress against priorities per year with
 * achievements and a narrative; and the budget per financial year: contributions by
 * organisation, other income, expenditure by category, budget against actual, and each
 * partner's share.
 * <p>
 * Everyone signed in reads plans and budgets; the business unit and administrators change them
 * ({@code Rule.RUNS_PARTNERSHIP}) and partner leads approve plans ({@code Rule.APPROVES_PLANS}).
 * Handlers name the rule in {@code @PreAuthorize}; services ask identity's {@code Access} again
 * about the signed-in person, so a way in that skips the pages is refused and logged the same.
 * The yearly report reads the module through {@link app.lantern.plan.PlanYearlyFacts}: a
 * "Business plan" and a "Budget" block, each figure linked to the records it counts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Business plan and budget",
        allowedDependencies = { "shared", "identity", "actions" })
package app.lantern.plan;
