package app.lantern.reviews;

import java.time.LocalDate;

/** One step of a review with its due date and, once done, the day it was done. */
record Milestone(long id, long reviewId, String code, int position, String name, LocalDate due, LocalDate doneOn, long version) {

    public boolean done() {
        return doneOn != null;
    }
}
