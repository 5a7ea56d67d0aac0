package app.lantern.partnership;

/** Everything a person enters about an organisation; the same for the form, the import and demo data. */
public record OrganisationDetails(String name, OrganisationType type, SchoolPhase schoolPhase, Sector sector,
        CodeScheme codeScheme, String officialCode, String addressLine1, String addressLine2, String town,
        String postcode, String leadName, String leadEmail, String leadPhone, boolean active) {
}
