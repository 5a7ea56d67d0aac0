package app.lantern.partnership;

/** A member's role on a committee. The chair is the member whose role is {@link #CHAIR}. */
public enum MemberRole implements app.lantern.shared.Labelled {
    CHAIR("Chair"),
    VICE_CHAIR("Vice-chair"),
    MEMBER("Member"),
    ADVISER("Adviser"),
    LAY_MEMBER("Lay member");

    private final String label;

    MemberRole(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
