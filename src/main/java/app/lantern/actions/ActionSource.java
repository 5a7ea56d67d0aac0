package app.lantern.actions;

/**
 * Extension point: a kind of source that raises actions, registered by the module that owns it as
 * a Spring bean. The tracker stores the kind's code with each action, lists the kinds in its
 * filters, and links an action back to its source only for people the source lets open it.
 */
public interface ActionSource {

    SourceKind kind();

    /** Whether the business unit may choose this kind when raising an action by hand in the tracker. */
    default boolean raisedByHand() {
        return false;
    }

    /**
     * Whether the signed-in person may open the source record's page ({@code sourceId} is the id
     * the module gave in its {@link SourceReference}). The tracker shows the link only then.
     */
    boolean mayOpen(String sourceId);

    /**
     * A kind whose actions the business unit raises by hand in the tracker (from an inspection
     * report, a meeting's minutes) and which has no page in Lantern to link back to.
     */
    static ActionSource byHand(SourceKind kind) {
        return new ActionSource() {
            @Override
            public SourceKind kind() {
                return kind;
            }

            @Override
            public boolean raisedByHand() {
                return true;
            }

            @Override
            public boolean mayOpen(String sourceId) {
                return false;
            }
        };
    }
}
