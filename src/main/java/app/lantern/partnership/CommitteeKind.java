package app.lantern.partnership;

/** What sort of group a committee is; the executive is led by the three safeguarding partners. */
public enum CommitteeKind implements app.lantern.shared.Labelled {
    EXECUTIVE("Executive"),
    COMMITTEE("Committee"),
    SUB_GROUP("Sub-group"),
    TASK_AND_FINISH("Task and finish group"),
    PANEL("Panel");

    private final String label;

    CommitteeKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
