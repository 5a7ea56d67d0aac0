package app.lantern.partnership;

/** The kinds of organisation in the register; the first three are the statutory safeguarding partners. */
public enum OrganisationType implements app.lantern.shared.Labelled {
    LOCAL_AUTHORITY("Local authority", true),
    POLICE("Police", true),
    INTEGRATED_CARE_BOARD("Integrated care board", true),
    SCHOOL("School", false),
    COLLEGE("College", false),
    EARLY_YEARS("Early years", false),
    HEALTH_TRUST("Health trust", false),
    GP_PRACTICE("GP practice", false),
    PROBATION("Probation", false),
    YOUTH_JUSTICE("Youth justice", false),
    FIRE_AND_RESCUE("Fire and rescue", false),
    HOUSING("Housing", false),
    VOLUNTARY_COMMUNITY_FAITH("Voluntary, community or faith", false),
    CHARITY("Charity", false),
    OTHER("Other", false);

    private final String label;
    private final boolean statutoryPartner;

    OrganisationType(String label, boolean statutoryPartner) {
        this.label = label;
        this.statutoryPartner = statutoryPartner;
    }

    @Override
    public String label() {
        return label;
    }

    /** Local authority, police and integrated care board share the statutory duty. */
    public boolean statutoryPartner() {
        return statutoryPartner;
    }
}
