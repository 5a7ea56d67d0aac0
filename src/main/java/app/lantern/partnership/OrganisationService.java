package app.lantern.partnership;

import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.lantern.identity.ActivityAction;
import app.lantern.identity.ActivityLog;

/** The partnership register's API: one method per thing a user does with organisations. */
@Service
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final OrganisationSearch search;
    private final ActivityLog activityLog;
    private final Clock clock;
    private final OrganisationCheck check;

    OrganisationService(OrganisationRepository organisations, OrganisationSearch search, ActivityLog activityLog,
            Clock clock, jakarta.validation.Validator validator) {
        this.organisations = organisations;
        this.search = search;
        this.activityLog = activityLog;
        this.clock = clock;
        this.check = new OrganisationCheck(validator);
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

    /**
     * Changes an organisation the person saw at {@code expectedVersion}. If anyone saved it since,
     * nothing is written and {@link OptimisticLockingFailureException} says so.
     *
     * @return whether anything differed and was saved
     */
    @Transactional
    public boolean update(long id, long expectedVersion, OrganisationDetails details) {
        var org = organisations.findById(id).orElseThrow(() -> new java.util.NoSuchElementException("No organisation " + id));
        if (org.version == null || org.version != expectedVersion) {
            throw new OptimisticLockingFailureException("Organisation " + id + " is at version " + org.version
                    + ", not " + expectedVersion);
        }
        return change(org, details);
    }

    /** Checks a form against the rules and the register; {@code self} is the organisation being edited, if any. */
    @Transactional(readOnly = true)
    OrganisationCheck.Result check(OrganisationForm form, Long self) {
        return check.check(form, register(), self);
    }

    @Transactional(readOnly = true)
    Optional<Organisation> find(long id) {
        return organisations.findById(id);
    }

    /** What an import did: a problem with the file, problems in rows, or the counts. */
    record ImportResult(OrganisationCsvImport.Outcome outcome, int added, int changed, int unchanged) {
    }

    /**
     * Imports a file in one transaction: every row is checked first, and if any row is wrong
     * nothing is written. Rows that match an organisation change it only if something differs.
     */
    @Transactional
    ImportResult importFile(byte[] bytes, String fileName) {
        var outcome = new OrganisationCsvImport(check).read(bytes, register());
        if (!outcome.ok()) return new ImportResult(outcome, 0, 0, 0);
        int added = 0, changed = 0, unchanged = 0;
        for (var row : outcome.rows()) {
            if (row.matchedId() == null) {
                register(row.details());
                added++;
            } else if (change(organisations.findById(row.matchedId()).orElseThrow(), row.details())) {
                changed++;
            } else {
                unchanged++;
            }
        }
        activityLog.recordChange(ActivityAction.IMPORTED, "Organisation", null, "Imported organisations from "
                + (fileName == null || fileName.isBlank() ? "a file" : fileName) + ": " + added + " added, " + changed
                + " changed, " + unchanged + " unchanged", null, null);
        return new ImportResult(outcome, added, changed, unchanged);
    }

    private boolean change(Organisation org, OrganisationDetails details) {
        var wanted = new Organisation();
        apply(wanted, details);
        if (wanted.enteredFields().equals(org.enteredFields())) return false;
        String before = org.describe();
        apply(org, details);
        org.updatedAt = clock.instant();
        organisations.save(org);
        activityLog.recordChange(ActivityAction.CHANGED, "Organisation", org.id, "Changed organisation " + org.name,
                before, org.describe());
        return true;
    }

    /** The register as it is now, for uniqueness checks and import matching. */
    private OrganisationCheck.Register register() {
        var byName = new HashMap<String, Long>();
        var byCode = new HashMap<String, Long>();
        for (var o : search.all()) {
            byName.put(o.name.toLowerCase(Locale.ROOT), o.id);
            if (o.codeScheme != null) byCode.put(o.codeScheme + " " + o.officialCode.toUpperCase(Locale.ROOT), o.id);
        }
        return new OrganisationCheck.Register() {
            @Override
            public Optional<Long> idByName(String name) {
                return Optional.ofNullable(byName.get(name.strip().toLowerCase(Locale.ROOT)));
            }

            @Override
            public Optional<Long> idByCode(CodeScheme scheme, String code) {
                return Optional.ofNullable(byCode.get(scheme + " " + code.strip().toUpperCase(Locale.ROOT)));
            }
        };
    }

    static void apply(Organisation org, OrganisationDetails d) {
        org.name = d.name().strip();
        org.type = d.type();
        org.schoolPhase = d.type() == OrganisationType.SCHOOL ? d.schoolPhase() : null;
        org.sector = d.sector();
        org.codeScheme = OrganisationCheck.blank(d.officialCode()) ? null : d.codeScheme();
        org.officialCode = OrganisationCheck.blank(d.officialCode()) || d.codeScheme() == null ? null : d.codeScheme().normalise(d.officialCode());
        org.addressLine1 = clean(d.addressLine1());
        org.addressLine2 = clean(d.addressLine2());
        org.town = clean(d.town());
        org.postcode = postcode(d.postcode());
        org.leadName = clean(d.leadName());
        org.leadEmail = clean(d.leadEmail());
        org.leadPhone = clean(d.leadPhone());
        org.active = d.active();
    }

    /** Upper case with one space before the last three characters, as Royal Mail writes it. */
    static String postcode(String typed) {
        if (OrganisationCheck.blank(typed)) return null;
        String compact = typed.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return compact.length() >= 5 && compact.length() <= 7
                ? compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3)
                : typed.strip().toUpperCase(Locale.ROOT);
    }

    private static String clean(String s) {
        return OrganisationCheck.blank(s) ? null : s.strip();
    }
}
