/**
 * Actions: the one tracker for every recommendation and action in the partnership, whatever
 * raised it (the business plan, a case review, a rapid review, a Section 11 return, a
 * multi-agency audit, an inspection, a scrutiny review, a meeting's decision).
 *
 * <p>Other modules raise actions through {@link app.lantern.actions.ActionTracker} with a
 * {@link app.lantern.actions.SourceReference}; the tracker stores the reference and links back to
 * the source's page but never calls the source. An action's RAG rating and whether it is overdue
 * are derived from its status and due date ({@link app.lantern.actions.ActionRules}); only an
 * override with a reason changes the rating. Agency leads update their own organisation's actions;
 * the business unit signs completed actions off with the evidence of impact.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Action tracker",
        allowedDependencies = { "shared", "identity", "notify" })
package app.lantern.actions;
