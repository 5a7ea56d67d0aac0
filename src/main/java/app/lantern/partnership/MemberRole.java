package app.lantern.partnership;

/** A member's role on a committee. The chair is the member whose role is {@link #CHAIR}. */
public enum MemberRole {
    CHAIR("Chair"),
    VICE_CHAIR("Vice-chair"),
    MEMBER("Member"),
    ADVISER("Adviser"),
    LAY_MEMBER("Lay member");

    private final String label;

    MemberRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
