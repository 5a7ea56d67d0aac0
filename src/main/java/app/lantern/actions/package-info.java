/**
 * Actions: the one tracker for every recommendation and action in the partnership, whatever
 * raised it (the business plan, a case review, a rapid review, a Section 11 return, a
 * multi-agency audit, an inspection, a scrutiny review, a meeting's decision).
 *
 * <p>Other modules raise actions through {@link app.lantern.actions.ActionTracker} with a
 * {@link app.lantern.actions.SourceReference} whose kind they registered as an
 * {@link app.lantern.actions.ActionSource}; the tracker stores the reference and links back to the
 * source's page only for people the source lets open it, never calling the source otherwise. An
 * action's RAG rating and whether it is overdue are derived from its status and due date
 * ({@link app.lantern.actions.ActionRules}); only an override with a reason changes the rating.
 * Who may do what is decided in one place, {@code ActionAccess}: agency leads update their own
 * organisation's actions, named owners theirs, and the business unit raises actions and signs
 * completed ones off with the evidence of impact. The tracker gives the yearly report its figures
 * as a {@link app.lantern.shared.YearlyFacts}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Action tracker",
        allowedDependencies = { "shared", "identity", "notify" })
package app.lantern.actions;
