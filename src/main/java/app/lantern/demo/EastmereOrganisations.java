package app.lantern.demo;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import app.lantern.partnership.CodeScheme;
import app.lantern.partnership.OrganisationDetails;
import app.lantern.partnership.OrganisationService;
import app.lantern.partnership.OrganisationType;
import app.lantern.partnership.SchoolPhase;
import app.lantern.partnership.Sector;

/** The Eastmere register: the three statutory partners and 49 relevant agencies, 27 of them schools. */
@Component
class EastmereOrganisations {

    /** Organisation ids by a short key, for people and committees to refer to. */
    record Orgs(Map<String, Long> ids) {
        long id(String key) {
            Long id = ids.get(key);
            if (id == null) throw new IllegalArgumentException("No demo organisation " + key);
            return id;
        }
    }

    private final OrganisationService service;
    private final FictionalNames names = new FictionalNames(500);

    EastmereOrganisations(OrganisationService service) {
        this.service = service;
    }

    Orgs load() {
        var ids = new LinkedHashMap<String, Long>();
        add(ids, "council", "Eastmere Council", OrganisationType.LOCAL_AUTHORITY, null, Sector.PUBLIC, null, null, "Town Hall, Quay Street", "EM1 1AA", "Director of Children's Services");
        add(ids, "police", "Eastmere Police", OrganisationType.POLICE, null, Sector.PUBLIC, null, null, "Police Headquarters, Harbour Road", "EM2 4PD", "Detective Superintendent, Public Protection");
        add(ids, "icb", "NHS Eastmere Integrated Care Board", OrganisationType.INTEGRATED_CARE_BOARD, null, Sector.PUBLIC, CodeScheme.ODS, "QZ9", "Riverside House, Mill Lane", "EM3 2RH", "Chief Nurse");

        add(ids, "hospital", "Eastmere University Hospitals NHS Trust", OrganisationType.HEALTH_TRUST, null, Sector.PUBLIC, CodeScheme.ODS, "RZE", "General Hospital, Cliff Road", "EM4 7GH", "Named Nurse for Safeguarding Children");
        add(ids, "community-health", "Eastmere Community Health NHS Trust", OrganisationType.HEALTH_TRUST, null, Sector.PUBLIC, CodeScheme.ODS, "RZC", "Beacon Centre, Long Row", "EM5 3BC", "Head of Safeguarding");
        add(ids, "mental-health", "Eastmere and Saltmarsh Mental Health NHS Trust", OrganisationType.HEALTH_TRUST, null, Sector.PUBLIC, CodeScheme.ODS, "RZM", "Willow House, Saltmarsh Road", "EM6 8WH", "Safeguarding Lead");
        add(ids, "gp-harbour", "Harbour Medical Practice", OrganisationType.GP_PRACTICE, null, Sector.PRIVATE, CodeScheme.ODS, "Z90001", "12 Harbour Road", "EM2 4HM", "Practice Safeguarding Lead");
        add(ids, "gp-northgate", "Northgate Surgery", OrganisationType.GP_PRACTICE, null, Sector.PRIVATE, CodeScheme.ODS, "Z90002", "3 Northgate", "EM7 1NS", "Practice Safeguarding Lead");
        add(ids, "gp-saltmarsh", "Saltmarsh Family Doctors", OrganisationType.GP_PRACTICE, null, Sector.PRIVATE, CodeScheme.ODS, "Z90003", "Saltmarsh Health Centre", "EM6 2SF", "Practice Safeguarding Lead");
        add(ids, "probation", "Eastmere Probation Delivery Unit", OrganisationType.PROBATION, null, Sector.PUBLIC, null, null, "Probation Office, Castle Street", "EM1 5PR", "Head of Service");
        add(ids, "youth-justice", "Eastmere Youth Justice Service", OrganisationType.YOUTH_JUSTICE, null, Sector.PUBLIC, null, null, "Civic Centre, Quay Street", "EM1 1YJ", "Head of Youth Justice");
        add(ids, "fire", "Eastmere Fire and Rescue Service", OrganisationType.FIRE_AND_RESCUE, null, Sector.PUBLIC, null, null, "Fire Station, Beacon Hill", "EM5 9FR", "Safeguarding Manager");
        add(ids, "housing", "Eastmere Homes", OrganisationType.HOUSING, null, Sector.PUBLIC, null, null, "Eastmere Homes, Dock Street", "EM2 6EH", "Tenancy Safeguarding Lead");
        add(ids, "housing-assoc", "Tidewater Housing Association", OrganisationType.HOUSING, null, Sector.VOLUNTARY, null, null, "Tidewater House, Marsh Lane", "EM6 4TH", "Safeguarding Officer");
        add(ids, "college", "Eastmere College", OrganisationType.COLLEGE, null, Sector.PUBLIC, CodeScheme.URN, "130901", "College Road", "EM3 6EC", "Designated Safeguarding Lead");
        add(ids, "sixth-form", "Saltmarsh Sixth Form College", OrganisationType.COLLEGE, null, Sector.PUBLIC, CodeScheme.URN, "130902", "Abbey Lane", "EM6 1SS", "Designated Safeguarding Lead");
        add(ids, "nursery-acorns", "Little Acorns Day Nursery", OrganisationType.EARLY_YEARS, null, Sector.PRIVATE, CodeScheme.URN, "2690001", "4 Orchard Way", "EM4 2LA", "Nursery Manager");
        add(ids, "nursery-rainbow", "Rainbow Pre-School", OrganisationType.EARLY_YEARS, null, Sector.VOLUNTARY, CodeScheme.URN, "2690002", "Church Hall, Green Lane", "EM7 3RP", "Pre-School Leader");
        add(ids, "family-hubs", "Eastmere Family Hubs", OrganisationType.EARLY_YEARS, null, Sector.PUBLIC, null, null, "Beacon Family Hub, Long Row", "EM5 3FH", "Family Hubs Manager");
        add(ids, "vcf-forum", "Eastmere Faith and Community Forum", OrganisationType.VOLUNTARY_COMMUNITY_FAITH, null, Sector.VOLUNTARY, null, null, "St Brendan's Hall, Chapel Street", "EM1 8FC", "Forum Coordinator");
        add(ids, "youth-clubs", "Eastmere Youth Clubs Alliance", OrganisationType.VOLUNTARY_COMMUNITY_FAITH, null, Sector.VOLUNTARY, null, null, "The Boathouse, Quay Street", "EM1 2YC", "Safeguarding Lead");
        add(ids, "harbour-lights", "Harbour Lights Children's Charity", OrganisationType.CHARITY, null, Sector.VOLUNTARY, CodeScheme.OTHER, "CC-1100001", "7 Lighthouse Row", "EM2 9HL", "Head of Services");
        add(ids, "safe-steps", "Safe Steps Domestic Abuse Service", OrganisationType.CHARITY, null, Sector.VOLUNTARY, CodeScheme.OTHER, "CC-1100002", "PO Box 101", "EM1 0SS", "Children's Services Manager");
        add(ids, "sports-trust", "Eastmere Sports Trust", OrganisationType.OTHER, null, Sector.VOLUNTARY, null, null, "Leisure Centre, Park Road", "EM3 4ST", "Welfare Officer");
        add(ids, "ambulance", "Coastal Ambulance Service NHS Trust", OrganisationType.HEALTH_TRUST, null, Sector.PUBLIC, CodeScheme.ODS, "RZA", "Ambulance HQ, Ring Road", "EM8 1CA", "Safeguarding Lead");

        String[][] schools = {
                {"beacon-primary", "Beacon Hill Primary School", "PRIMARY", "190001"},
                {"harbour-primary", "Harbour Road Primary School", "PRIMARY", "190002"},
                {"saltmarsh-primary", "Saltmarsh Primary School", "PRIMARY", "190003"},
                {"orchard-infants", "Orchard Infant School", "PRIMARY", "190004"},
                {"st-brendans", "St Brendan's Catholic Primary School", "PRIMARY", "190005"},
                {"northgate-primary", "Northgate Primary Academy", "PRIMARY", "190006"},
                {"castle-juniors", "Castle Street Junior School", "PRIMARY", "190007"},
                {"millbrook-primary", "Millbrook Church of England Primary School", "PRIMARY", "190008"},
                {"seaview-primary", "Seaview Primary School", "PRIMARY", "190009"},
                {"riverside-primary", "Riverside Community Primary School", "PRIMARY", "190010"},
                {"gull-rock", "Gull Rock Primary School", "PRIMARY", "190011"},
                {"willow-primary", "Willow Green Primary School", "PRIMARY", "190012"},
                {"abbey-primary", "Abbey Lane Primary School", "PRIMARY", "190013"},
                {"ferry-primary", "Ferry Lane Primary School", "PRIMARY", "190014"},
                {"dunes-primary", "Dunes Primary School", "PRIMARY", "190015"},
                {"eastmere-high", "Eastmere High School", "SECONDARY", "190101"},
                {"saltmarsh-academy", "Saltmarsh Academy", "SECONDARY", "190102"},
                {"beacon-academy", "Beacon Academy", "SECONDARY", "190103"},
                {"st-aidans", "St Aidan's Catholic High School", "SECONDARY", "190104"},
                {"harbour-grammar", "Harbour Grammar School", "SECONDARY", "190105"},
                {"northgate-college", "Northgate Community College", "SECONDARY", "190106"},
                {"lighthouse-school", "Lighthouse School", "SPECIAL", "190201"},
                {"meadow-special", "Meadowbank Special School", "SPECIAL", "190202"},
                {"compass-ap", "Compass Pupil Referral Unit", "ALTERNATIVE_PROVISION", "190301"},
                {"tidewater-all", "Tidewater All-Through School", "ALL_THROUGH", "190401"},
                {"eastmere-nursery-school", "Eastmere Nursery School", "NURSERY", "190501"},
                {"quay-independent", "Quayside Independent School", "ALL_THROUGH", "190601"},
        };
        for (String[] s : schools) {
            Sector sector = s[0].equals("quay-independent") ? Sector.PRIVATE : Sector.PUBLIC;
            add(ids, s[0], s[1], OrganisationType.SCHOOL, SchoolPhase.valueOf(s[2]), sector, CodeScheme.URN, s[3],
                    s[1].replace(" School", "").replace(" Academy", "") + ", Eastmere", "EM" + (1 + Math.abs(s[0].hashCode()) % 8) + " 3SC",
                    "Designated Safeguarding Lead");
        }
        return new Orgs(Map.copyOf(ids));
    }

    private void add(Map<String, Long> ids, String key, String name, OrganisationType type, SchoolPhase phase, Sector sector,
            CodeScheme scheme, String code, String address, String postcode, String leadRole) {
        String domain = key + ".eastmere.example";
        long id = service.register(new OrganisationDetails(name, type, phase, sector, scheme, code, address, null,
                "Eastmere", postcode, names.next() + " (" + leadRole + ")", "safeguarding@" + domain, "01632 " + String.format("%06d", 960000 + ids.size()), true));
        ids.put(key, id);
    }
}
