/**
 * Reviews and learning: serious incident notifications to the national panel, rapid reviews
 * (with each involved agency's summary of involvement), local child safeguarding practice reviews
 * and the other review types a partnership configures, their recommendations (each an action in
 * the tracker), 7-minute briefings, learning events and learning points.
 *
 * <p>Every statutory clock is computed by {@link app.lantern.calendar.WorkingDayCalendar} from a
 * named {@link app.lantern.shared.TimescaleRule}; the records say when they are due. Review
 * material is restricted: only the business unit, partner leads and a review's named panel may see
 * it; anyone else gets 404 on its URLs, and every read is written to the activity log.
 * {@code ReviewAccess} decides it, with {@code CaseReviewAccess} for a case review's panel.
 * Published briefings are public.
 *
 * <p>Services hold the rules, transactions and history of one aggregate each (notifications,
 * rapid reviews, agencies' summaries, case reviews, review types, briefings, learning); the SQL
 * of each is in its {@code …Store}.
 *
 * <p>The yearly report reads the module through its {@link app.lantern.shared.YearlyFacts} bean
 * ({@code ReviewYearlyFacts}): three figure blocks (serious incidents and rapid reviews, case
 * reviews, learning), each figure linked to the records it counts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reviews and learning",
        allowedDependencies = { "shared", "identity", "calendar", "actions" })
package app.lantern.reviews;
