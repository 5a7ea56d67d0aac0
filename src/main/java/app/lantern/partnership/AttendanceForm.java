package app.lantern.partnership;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.lantern.partnership.CommitteeViews.MemberRecord;
import app.lantern.shared.FormValues;

/**
 * The attendance typed for a meeting: for each expected member (by membership id) a status, and a
 * deputy's name when a deputy was sent. Posted as {@code status[12]=PRESENT}, {@code deputy[12]=…},
 * with the meeting's version so that two people recording at once cannot overwrite each other.
 */
record AttendanceForm(Map<String, String> status, Map<String, String> deputy, String version) {

    AttendanceForm {
        status = status == null ? Map.of() : status;
        deputy = deputy == null ? Map.of() : deputy;
    }

    /** The meeting version the form was opened at; -1 if missing or not a number (never matches). */
    long expectedVersion() {
        return FormValues.version(version);
    }

    AttendanceForm atVersion(long current) {
        return new AttendanceForm(status, deputy, String.valueOf(current));
    }

    public String statusOf(long memberId) {
        return status.getOrDefault(String.valueOf(memberId), "");
    }

    public String deputyOf(long memberId) {
        return deputy.getOrDefault(String.valueOf(memberId), "");
    }

    /**
     * Checks every expected member has an answer and a deputy's name when one was sent.
     *
     * @param errors filled with field id → message, in member order
     */
    List<AttendanceEntry> entries(List<MemberRecord> expected, Map<String, String> names, Map<String, String> errors) {
        var entries = new ArrayList<AttendanceEntry>();
        for (MemberRecord m : expected) {
            String who = names.getOrDefault(String.valueOf(m.id()), "this member");
            AttendanceStatus s = null;
            for (AttendanceStatus candidate : AttendanceStatus.values()) if (candidate.name().equals(statusOf(m.id()))) s = candidate;
            if (s == null) {
                errors.put("status-" + m.id(), "Select whether " + who + " attended");
                continue;
            }
            String deputyName = CommitteeRecords.clean(deputyOf(m.id()));
            if (s == AttendanceStatus.DEPUTY && (deputyName == null || deputyName.isEmpty())) {
                errors.put("deputy-" + m.id(), "Enter the name of the deputy " + who + " sent");
                continue;
            }
            if (s == AttendanceStatus.DEPUTY && deputyName.length() > 200) {
                errors.put("deputy-" + m.id(), "Deputy's name must be 200 characters or less");
                continue;
            }
            entries.add(new AttendanceEntry(m.id(), s, s == AttendanceStatus.DEPUTY ? deputyName : null));
        }
        return entries;
    }
}
