package app.lantern.report;

import java.time.Instant;

/** A lead partner's sign-off of the draft as it stood at {@code revision}; withdrawn when the draft changes after it. */
record SignOff(long id, Partner partner, long personId, int revision, Instant signedAt, Instant withdrawnAt,
        String withdrawnReason) {

    public boolean standing() {
        return withdrawnAt == null;
    }
}
