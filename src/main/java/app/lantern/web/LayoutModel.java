package app.lantern.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import app.lantern.identity.CurrentPerson;
import app.lantern.identity.People;
import app.lantern.identity.Role;
import app.lantern.shared.LanternProperties;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What every page's layout shows: the partnership's name, the signed-in person and their
 * organisation, and the navigation areas this person may use.
 */
@ControllerAdvice
class LayoutModel {

    private final LanternProperties properties;
    private final People people;
    LayoutModel(LanternProperties properties, People people) {
        this.properties = properties;
        this.people = people;
    }

    @ModelAttribute("layout")
    Layout layout(HttpServletRequest request) {
        var person = people.current().orElse(null);
        String organisation = people.currentOrganisationName().orElse(null);
        return new Layout(properties.partnershipName(), person, organisation, navigation(person, request.getRequestURI()));
    }

    private static List<NavItem> navigation(CurrentPerson person, String path) {
        var items = new ArrayList<NavItem>();
        if (person == null) return items;
        items.add(item("Home", "/", path));
        items.add(item("Organisations", "/organisations", path));
        items.add(item("Committees", "/committees", path));
        items.add(item("Meetings", "/meetings", path));
        items.add(item("Attendance", "/attendance", path));
        items.add(item("Actions", "/actions", path));
        items.add(item("Business plan", "/plan", path));
        items.add(item("Budget", "/budget", path));
        items.add(item("Reviews", "/reviews", path));
        items.add(item("Learning", "/learning", path));
        items.add(item("Working days", "/working-days", path));
        if (person.has(Role.ADMINISTRATOR)) {
            items.add(item("Users", "/admin/users", path));
            items.add(item("Activity log", "/admin/activity", path));
            items.add(item("Outbox", "/admin/outbox", path));
            items.add(item("Bank holidays", "/admin/bank-holidays", path));
        }
        return items;
    }

    private static NavItem item(String label, String href, String path) {
        boolean current = href.equals("/") ? path.equals("/") : path.equals(href) || path.startsWith(href + "/");
        return new NavItem(label, href, current);
    }

    record Layout(String partnershipName, CurrentPerson person, String organisationName, List<NavItem> navigation) {
    }

    record NavItem(String label, String href, boolean current) {
    }
}
