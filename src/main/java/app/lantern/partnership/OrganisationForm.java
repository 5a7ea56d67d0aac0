package app.lantern.partnership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a person typed about an organisation, on the form or in one row of an import file. Every
 * field is text, so nothing anyone sends can fail to bind; {@link OrganisationCheck} turns it into
 * {@link OrganisationDetails} or says what is wrong. Limits match the organisation table.
 */
record OrganisationForm(
        @NotBlank(message = "Enter the organisation’s name")
        @Size(max = 200, message = "Name must be 200 characters or less") String name,
        @NotBlank(message = "Select the type of organisation") String type,
        String schoolPhase,
        @NotBlank(message = "Select the sector") String sector,
        String codeScheme,
        @Size(max = 20, message = "Official code must be 20 characters or less") String officialCode,
        @Size(max = 200, message = "Address line 1 must be 200 characters or less") String addressLine1,
        @Size(max = 200, message = "Address line 2 must be 200 characters or less") String addressLine2,
        @Size(max = 100, message = "Town or city must be 100 characters or less") String town,
        @Pattern(regexp = OrganisationForm.POSTCODE, message = "Enter a full UK postcode, like EM1 1AA") String postcode,
        @Size(max = 200, message = "Lead’s name must be 200 characters or less") String leadName,
        @Size(max = 254, message = "Lead’s email address must be 254 characters or less")
        @Pattern(regexp = OrganisationForm.EMAIL, message = "Enter the lead’s email address in the correct format, like name@example.org") String leadEmail,
        @Size(max = 40, message = "Lead’s telephone number must be 40 characters or less")
        @Pattern(regexp = OrganisationForm.PHONE, message = "Enter a telephone number, like 01632 960 001 or +44 1632 960 001") String leadPhone,
        String active,
        String version) {

    /** Empty, or a UK postcode in any case with or without its space (including GIR 0AA). */
    static final String POSTCODE = "\\s*|\\s*(?i:[A-Z]{1,2}[0-9][A-Z0-9]?\\s*[0-9][A-Z]{2}|GIR\\s*0AA)\\s*";

    /** Empty, or something@somewhere.tld with no spaces inside; the lead's address is checked, not verified. */
    static final String EMAIL = "\\s*|\\s*[^@\\s<>()\\[\\],;:\"]+@[^@\\s<>()\\[\\],;:\"]+\\.[^@\\s<>()\\[\\],;:\"]+\\s*";

    /** Digits with spaces, brackets, hyphens and a leading +; blank is allowed. Length is checked by @Size. */
    static final String PHONE = "\\s*|\\s*\\+?[0-9][0-9 ()\\-]{5,}\\s*";

    static OrganisationForm blank() {
        return new OrganisationForm(null, null, null, null, null, null, null, null, null, null, null, null, null, "true", null);
    }

    static OrganisationForm of(Organisation o) {
        return new OrganisationForm(o.name, name(o.type), name(o.schoolPhase), name(o.sector), name(o.codeScheme),
                o.officialCode, o.addressLine1, o.addressLine2, o.town, o.postcode, o.leadName, o.leadEmail, o.leadPhone,
                Boolean.toString(o.active), o.version == null ? null : o.version.toString());
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
