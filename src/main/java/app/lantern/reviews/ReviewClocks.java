package app.lantern.reviews;

import app.lantern.shared.StatutoryClock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;

import app.lantern.identity.CurrentPerson;

/**
 * Every running statutory or local clock a person may see (notifications, rapid reviews, case
 * reviews' milestones), soonest due first, and how many summaries their agency has been asked for.
 * The reviews dashboard lists them all; through {@link ReviewHomeCards} the home page shows those about to fall due.
 */
@Service
class ReviewClocks {

    private final List<ClockSource> sources;
    private final AgencySummaryService summaries;

    ReviewClocks(List<ClockSource> sources, AgencySummaryService summaries) {
        this.sources = sources;
        this.summaries = summaries;
    }

    /** All open clocks {@code person} may see, soonest due first. */
    List<StatutoryClock> openFor(CurrentPerson person) {
        var clocks = new ArrayList<StatutoryClock>();
        for (var source : sources) clocks.addAll(source.openClocks(person));
        clocks.sort(Comparator.comparing(StatutoryClock::due).thenComparing(StatutoryClock::reference));
        return clocks;
    }

    /** How many requests for a summary of involvement await the person's agency (agency leads only). */
    int openRequestsFor(CurrentPerson person) {
        return summaries.openRequestCount(person);
    }
}
