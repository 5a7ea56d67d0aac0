package app.lantern.reviews;

import app.lantern.shared.StatutoryClock;
import java.util.List;

import app.lantern.identity.CurrentPerson;

/**
 * Anything in this module with running clocks (notifications, rapid reviews, reviews' milestones)
 * offers them to the dashboard through this, each source returning only what {@code person} may see.
 */
interface ClockSource {

    List<StatutoryClock> openClocks(CurrentPerson person);
}
