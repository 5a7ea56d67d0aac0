package app.lantern.partnership;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.lantern.identity.ActivityAction;
import app.lantern.identity.ActivityLog;

/** The partnership register's API: one method per thing a user does with organisations. */
@Service
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final ActivityLog activityLog;
    private final Clock clock;

    OrganisationService(OrganisationRepository organisations, ActivityLog activityLog, Clock clock) {
        this.organisations = organisations;
        this.activityLog = activityLog;
        this.clock = clock;
    }

    @Transactional
    public long register(OrganisationDetails details) {
        var org = new Organisation();
        apply(org, details);
        org.createdAt = clock.instant();
        org.updatedAt = org.createdAt;
        organisations.save(org);
        activityLog.recordChange(ActivityAction.CREATED, "Organisation", org.id, "Added organisation " + org.name, null, org.describe());
        return org.id;
    }

    static void apply(Organisation org, OrganisationDetails d) {
        org.name = d.name().strip();
        org.type = d.type();
        org.schoolPhase = d.type() == OrganisationType.SCHOOL ? d.schoolPhase() : null;
        org.sector = d.sector();
        org.codeScheme = blank(d.officialCode()) ? null : d.codeScheme();
        org.officialCode = blank(d.officialCode()) || d.codeScheme() == null ? null : d.codeScheme().normalise(d.officialCode());
        org.addressLine1 = clean(d.addressLine1());
        org.addressLine2 = clean(d.addressLine2());
        org.town = clean(d.town());
        org.postcode = blank(d.postcode()) ? null : d.postcode().strip().toUpperCase(java.util.Locale.ROOT);
        org.leadName = clean(d.leadName());
        org.leadEmail = clean(d.leadEmail());
        org.leadPhone = clean(d.leadPhone());
        org.active = d.active();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String clean(String s) {
        return blank(s) ? null : s.strip();
    }
}
