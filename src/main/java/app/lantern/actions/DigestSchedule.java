package app.lantern.actions;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the weekly digest on the schedule in {@code lantern.digest.cron} (Spring cron: second,
 * minute, hour, day of month, month, day of week), by default every Monday at 07:00 UK time.
 * Set it to {@code -} to switch the digest off.
 */
@Component
class DigestSchedule {

    private final WeeklyDigest digest;

    DigestSchedule(WeeklyDigest digest) {
        this.digest = digest;
    }

    @Scheduled(cron = "${lantern.digest.cron:0 0 7 * * MON}", zone = "Europe/London")
    void sendWeekly() {
        digest.sendScheduled();
    }
}
