package app.lantern.demo;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import app.lantern.shared.Role;
import app.lantern.identity.UserAdministration;
import app.lantern.identity.UserAdministration.AccountDetails;

/**
 * Eastmere's people: one listed demo account per role (password {@code demo}), and the other
 * members of its committees, who can sign in with the same password but are not listed.
 */
@Component
class EastmerePeople {

    static final String BUSINESS_UNIT_EMAIL = "business.unit@eastmere.example";

    /** A demo person: account id and the organisation they work for. */
    record Person(long id, long organisationId) {
    }

    /** People by short key, for committees to refer to. */
    record Staff(Map<String, Person> byKey) {
        Person get(String key) {
            Person p = byKey.get(key);
            if (p == null) throw new IllegalArgumentException("No demo person " + key);
            return p;
        }
    }

    private final UserAdministration accounts;

    EastmerePeople(UserAdministration accounts) {
        this.accounts = accounts;
    }

    Staff load(EastmereOrganisations.Orgs orgs) {
        String hash = accounts.hash("demo");
        var people = new LinkedHashMap<String, Person>();
        // One listed account per role, in the order the sign-in page shows them.
        listed(people, orgs, hash, "admin", "admin@eastmere.example", "Morwenna Tregarth", "Partnership systems administrator", "council", Role.ADMINISTRATOR);
        listed(people, orgs, hash, "business-unit", BUSINESS_UNIT_EMAIL, "Delyth Marwood", "Partnership manager", "council", Role.BUSINESS_UNIT);
        listed(people, orgs, hash, "partner-lead", "partner.lead@eastmere.example", "Sunil Varadkar", "Director of Children's Services", "council", Role.PARTNER_LEAD);
        listed(people, orgs, hash, "chair", "chair@eastmere.example", "Agnieszka Wróbel", "Detective Superintendent, Public Protection", "police", Role.COMMITTEE_CHAIR, Role.COMMITTEE_MEMBER);
        listed(people, orgs, hash, "agency-lead", "agency.lead@eastmere.example", "Rory O'Brien", "Designated Safeguarding Lead", "eastmere-high", Role.AGENCY_LEAD);
        listed(people, orgs, hash, "member", "member@eastmere.example", "Eira Llwyd", "Named Nurse for Safeguarding Children", "hospital", Role.COMMITTEE_MEMBER);
        listed(people, orgs, hash, "scrutineer", "scrutineer@eastmere.example", "Bartholomew Finch", "Independent Scrutineer", null, Role.INDEPENDENT_SCRUTINEER);
        listed(people, orgs, hash, "trainer", "trainer@eastmere.example", "Lin Zhao", "Partnership Training Officer", "council", Role.TRAINER);
        listed(people, orgs, hash, "lado", "lado@eastmere.example", "Catrin Ellery", "Local Authority Designated Officer", "council", Role.LADO_OFFICER);

        // Partner leads for the police and the ICB, and the other committee members.
        other(people, orgs, hash, "police-lead", "Chief Superintendent", "police", Role.PARTNER_LEAD, Role.COMMITTEE_MEMBER);
        other(people, orgs, hash, "icb-lead", "Director of Nursing", "icb", Role.PARTNER_LEAD, Role.COMMITTEE_MEMBER);
        for (var row : List.of(
                new String[]{"council-sw", "Head of Children's Social Care", "council"},
                new String[]{"council-eh", "Head of Early Help", "council"},
                new String[]{"council-edu", "Head of Education Safeguarding", "council"},
                new String[]{"council-qa", "Quality Assurance Manager", "council"},
                new String[]{"police-di", "Detective Inspector, Child Protection", "police"},
                new String[]{"police-ce", "Detective Sergeant, Exploitation Team", "police"},
                new String[]{"icb-designated", "Designated Nurse for Safeguarding Children", "icb"},
                new String[]{"icb-doctor", "Designated Doctor for Safeguarding Children", "icb"},
                new String[]{"icb-cdop", "Designated Doctor for Child Deaths", "icb"},
                new String[]{"community-nurse", "Named Nurse, Community Services", "community-health"},
                new String[]{"mh-lead", "Safeguarding Lead, Mental Health", "mental-health"},
                new String[]{"probation-lead", "Head of Probation Delivery Unit", "probation"},
                new String[]{"yjs-lead", "Head of Youth Justice", "youth-justice"},
                new String[]{"fire-lead", "Safeguarding Manager", "fire"},
                new String[]{"housing-lead", "Tenancy Safeguarding Lead", "housing"},
                new String[]{"college-dsl", "Designated Safeguarding Lead", "college"},
                new String[]{"primary-head", "Headteacher", "beacon-primary"},
                new String[]{"special-head", "Headteacher", "lighthouse-school"},
                new String[]{"early-years", "Family Hubs Manager", "family-hubs"},
                new String[]{"vcf-coordinator", "Forum Coordinator", "vcf-forum"},
                new String[]{"charity-lead", "Head of Services", "harbour-lights"},
                new String[]{"da-lead", "Children's Services Manager", "safe-steps"},
                new String[]{"lay-member", "Lay Member", "vcf-forum"},
                new String[]{"cdop-chair", "Independent Chair, Child Death Overview Panel", "icb"},
                new String[]{"ambulance-lead", "Safeguarding Lead", "ambulance"})) {
            other(people, orgs, hash, row[0], row[1], row[2], Role.COMMITTEE_MEMBER);
        }
        return new Staff(Map.copyOf(people));
    }

    private final FictionalNames names = new FictionalNames(0);

    private void listed(Map<String, Person> people, EastmereOrganisations.Orgs orgs, String hash, String key, String email,
            String name, String jobTitle, String orgKey, Role... roles) {
        Long orgId = orgKey == null ? null : orgs.id(orgKey);
        long id = accounts.createWithHash(new AccountDetails(email, name, jobTitle, orgId, roleSet(roles)), hash, true);
        people.put(key, new Person(id, orgId == null ? orgs.id("council") : orgId));
    }

    private void other(Map<String, Person> people, EastmereOrganisations.Orgs orgs, String hash, String key, String jobTitle,
            String orgKey, Role... roles) {
        long orgId = orgs.id(orgKey);
        String name = names.next();
        String ascii = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String email = ascii.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", ".") + "@" + orgKey + ".eastmere.example";
        long id = accounts.createWithHash(new AccountDetails(email, name, jobTitle, orgId, roleSet(roles)), hash, false);
        people.put(key, new Person(id, orgId));
    }

    private static Set<Role> roleSet(Role... roles) {
        var set = EnumSet.noneOf(Role.class);
        set.addAll(List.of(roles));
        return set;
    }
}
