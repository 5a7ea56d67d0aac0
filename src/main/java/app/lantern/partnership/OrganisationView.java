package app.lantern.partnership;

/** An organisation as the register's pages show it (templates read records, not the aggregate's fields). */
record OrganisationView(long id, String name, OrganisationType type, SchoolPhase schoolPhase, Sector sector,
        CodeScheme codeScheme, String officialCode, String addressLine1, String addressLine2, String town, String postcode,
        String leadName, String leadEmail, String leadPhone, boolean active, long version) {

    static OrganisationView of(Organisation o) {
        return new OrganisationView(o.id, o.name, o.type, o.schoolPhase, o.sector, o.codeScheme, o.officialCode,
                o.addressLine1, o.addressLine2, o.town, o.postcode, o.leadName, o.leadEmail, o.leadPhone, o.active,
                o.version == null ? 0 : o.version);
    }
}
