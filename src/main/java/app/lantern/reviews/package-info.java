/**
 * Reviews and learning: serious incident notifications to the national panel, rapid reviews
 * (with each involved agency's summary of involvement), local child safeguarding practice reviews
 * and the other review types a partnership configures, their recommendations (each an action in
 * the tracker), 7-minute briefings, learning events and learning points.
 *
 * <p>Every statutory clock is computed by {@link app.lantern.calendar.WorkingDayCalendar} from a
 * named {@link app.lantern.shared.TimescaleRule}. Review material is restricted: only the business
 * unit, partner leads and a review's named panel may see it; anyone else gets 404 on its URLs,
 * and every read is written to the activity log. Published briefings are public.
 *
 * <p>The yearly report reads the module through {@link app.lantern.reviews.ReviewFactsService#factsFor}
 * ({@link app.lantern.reviews.ReviewFacts}: notifications and rapid reviews with their timeliness,
 * case reviews commissioned and published with their recommendations' progress, briefings, events
 * and learning points, each figure with the ids it counts).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reviews and learning",
        allowedDependencies = { "shared", "identity", "calendar", "actions" })
package app.lantern.reviews;
