package app.lantern.reviews;

/** A kind of review the partnership holds, and how long after the decision its publication is planned. */
record ReviewType(long id, String name, boolean statutory, int publicationMonths, long version) {
}
