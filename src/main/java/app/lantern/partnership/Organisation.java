package app.lantern.partnership;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An organisation in the partnership register: the aggregate. */
@Table("organisation")
class Organisation {

    @Id
    Long id;
    String name;
    OrganisationType type;
    SchoolPhase schoolPhase;
    Sector sector;
    CodeScheme codeScheme;
    String officialCode;
    String addressLine1;
    String addressLine2;
    String town;
    String postcode;
    String leadName;
    String leadEmail;
    String leadPhone;
    boolean active = true;
    Instant createdAt;
    Instant updatedAt;
    @Version
    Long version;

    /** One line per field, for the activity log's before/after summary. */
    String describe() {
        return "name=" + name + "; type=" + type + (schoolPhase == null ? "" : "; phase=" + schoolPhase)
                + "; sector=" + sector + (officialCode == null ? "" : "; " + codeScheme + "=" + officialCode)
                + "; address=" + join(addressLine1, addressLine2, town, postcode)
                + "; lead=" + join(leadName, leadEmail, leadPhone) + "; active=" + active;
    }

    /** Every field the person entered, exactly, to tell whether an import row changes anything. */
    java.util.List<Object> enteredFields() {
        return java.util.Arrays.asList(name, type, schoolPhase, sector, codeScheme, officialCode, addressLine1, addressLine2,
                town, postcode, leadName, leadEmail, leadPhone, active);
    }

    private static String join(String... parts) {
        var sb = new StringBuilder();
        for (String p : parts) {
            if (p == null || p.isBlank()) continue;
            if (!sb.isEmpty()) sb.append(", ");
            sb.append(p);
        }
        return sb.toString();
    }
}
