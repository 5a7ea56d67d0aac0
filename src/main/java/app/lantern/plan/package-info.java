/**
 * Plan: the partnership's business plan — numbered priorities for one or more reporting years,
 * each with objectives (what difference children will see) and actions raised in the tracker —
 * drafted, approved and revised on the record; progress against priorities per year with
 * achievements and a narrative; and the budget per financial year: contributions by
 * organisation, other income, expenditure by category, budget against actual, and each
 * partner's share.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Business plan and budget",
        allowedDependencies = { "shared", "identity", "actions" })
package app.lantern.plan;
