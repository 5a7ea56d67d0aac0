package app.lantern.demo;

import org.springframework.stereotype.Component;

/** Eastmere's committee structure, a year of meetings and their attendance. */
@Component
class EastmereCommittees {

    void load(EastmereOrganisations.Orgs orgs, EastmerePeople.Staff staff) {
        // Filled in with the committees capability.
    }
}
