package app.lantern.partnership;

/** Whether an expected member came to a meeting. A deputy counts as the organisation attending. */
public enum AttendanceStatus {
    PRESENT("Present"),
    APOLOGIES("Apologies"),
    ABSENT("Absent"),
    DEPUTY("Deputy sent");

    private final String label;

    AttendanceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Present in person or through a deputy: what attendance rates count. */
    public boolean attended() {
        return this == PRESENT || this == DEPUTY;
    }
}
