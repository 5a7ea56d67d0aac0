package app.lantern.reviews;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;

import app.lantern.identity.CurrentPerson;

/**
 * Every running statutory or local clock a person may see (notifications, rapid reviews, case
 * reviews' milestones), soonest due first, and how many summaries their agency has been asked for.
 * The reviews dashboard lists them all; the home page shows those about to fall due.
 */
@Service
public class ReviewClocks {

    private final List<ClockSource> sources;
    private final RapidReviewService rapidReviews;

    ReviewClocks(List<ClockSource> sources, RapidReviewService rapidReviews) {
        this.sources = sources;
        this.rapidReviews = rapidReviews;
    }

    /** All open clocks {@code person} may see, soonest due first. */
    public List<OpenClock> openFor(CurrentPerson person) {
        var clocks = new ArrayList<OpenClock>();
        for (var source : sources) clocks.addAll(source.openClocks(person));
        clocks.sort(Comparator.comparing(OpenClock::due).thenComparing(OpenClock::reference));
        return clocks;
    }

    /** The open clocks that are overdue or due within {@code workingDays} working days. */
    public List<OpenClock> dueWithin(CurrentPerson person, int workingDays) {
        return openFor(person).stream().filter(c -> c.workingDaysLeft() <= workingDays).toList();
    }

    /** How many requests for a summary of involvement await the person's agency (agency leads only). */
    public int openRequestsFor(CurrentPerson person) {
        return rapidReviews.openRequestCount(person);
    }
}
