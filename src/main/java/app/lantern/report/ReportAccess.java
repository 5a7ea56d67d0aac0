package app.lantern.report;

import org.springframework.stereotype.Component;

import app.lantern.identity.Access;
import app.lantern.identity.CurrentPerson;
import app.lantern.shared.Rule;

/**
 * The report module's one access component. The draft is read and commented on by those who
 * {@link Rule#READS_REPORT_DRAFT read the draft}; to anyone else a draft address does not exist
 * (404). The business unit {@link Rule#WRITES_REPORT writes} it; a lead partner signs it off only
 * for the partner the report names them for. Published versions are public and need no check.
 */
@Component("reportAccess")
class ReportAccess {

    /** Draft pages: 404 (logged) for those who may not read the draft. */
    static final String READS_DRAFT = "@reportAccess.readsDraft()";
    /** Changes to the draft: 404 for those who may not read it, then 403 for readers. */
    static final String WRITES = READS_DRAFT + " and " + Rule.Allowed.WRITES_REPORT;

    private final Access access;

    ReportAccess(Access access) {
        this.access = access;
    }

    /** True for those who may read drafts; 404 (logged) for anyone else. */
    public boolean readsDraft() {
        if (!access.allows(Rule.READS_REPORT_DRAFT)) throw access.hidden("yearly report draft");
        return true;
    }

    boolean writes(CurrentPerson person) {
        return person.passes(Rule.WRITES_REPORT);
    }

    /** Goes on if the person writes the report; 403 (logged) otherwise. */
    void requireWrites(CurrentPerson person, String what) {
        if (!writes(person)) throw access.refuse(what);
    }

    /** The partner this person is named to sign off for, if any. */
    java.util.Optional<Partner> signsFor(Report report, CurrentPerson person) {
        if (!person.passes(Rule.READS_REPORT_DRAFT)) return java.util.Optional.empty();
        for (var partner : Partner.values()) {
            if (Long.valueOf(person.id()).equals(report.leads().of(partner))) return java.util.Optional.of(partner);
        }
        return java.util.Optional.empty();
    }

    /** Goes on if this person is the named lead for {@code partner}; 403 (logged) otherwise. */
    void requireSigns(Report report, Partner partner, CurrentPerson person) {
        if (signsFor(report, person).filter(p -> p == partner).isEmpty()) {
            throw access.refuse("sign off the " + report.year().label() + " report for the " + partner.label().toLowerCase());
        }
    }

    RuntimeException hidden(String what) {
        return access.hidden(what);
    }
}
