package app.lantern.partnership;

/** Whether an expected member came to a meeting. A deputy counts as the organisation attending. */
public enum AttendanceStatus implements app.lantern.shared.Labelled {
    PRESENT("Present"),
    APOLOGIES("Apologies"),
    ABSENT("Absent"),
    DEPUTY("Deputy sent");

    private final String label;

    AttendanceStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Present in person or through a deputy: what attendance rates count. */
    public boolean attended() {
        return this == PRESENT || this == DEPUTY;
    }
}
