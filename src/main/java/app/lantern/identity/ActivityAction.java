package app.lantern.identity;

/** The kinds of entry in the activity log. */
public enum ActivityAction implements app.lantern.shared.Labelled {
    SIGNED_IN("Signed in"),
    SIGN_IN_FAILED("Sign-in failed"),
    SIGN_IN_LOCKED("Sign-in refused: account locked"),
    SIGNED_OUT("Signed out"),
    CREATED("Created"),
    CHANGED("Changed"),
    DEACTIVATED("Deactivated"),
    REACTIVATED("Reactivated"),
    IMPORTED("Imported"),
    VIEWED_RESTRICTED("Viewed restricted record"),
    ACCESS_DENIED("Access denied");

    private final String label;

    ActivityAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
