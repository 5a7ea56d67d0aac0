package app.lantern.reviews;

/** A person named on a review's panel, with their role on it and (for pages) their name. */
record PanelMember(long id, long reviewId, long personId, String role, String name, String jobTitle) {
}
