package app.lantern.report;

import java.time.Instant;

/** A reader's comment on a chapter of the draft, and how the business unit resolved it. */
record Comment(long id, long chapterId, long authorId, String body, Instant createdAt, Long resolvedBy,
        Instant resolvedAt, String resolution) {

    public boolean open() {
        return resolvedAt == null;
    }
}
