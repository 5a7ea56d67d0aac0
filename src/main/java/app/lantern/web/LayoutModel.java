package app.lantern.web;

import java.util.List;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import app.lantern.identity.CurrentPerson;
import app.lantern.identity.People;
import app.lantern.shared.LanternProperties;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What every page's layout shows: the partnership's name, the signed-in person and their
 * organisation, and the navigation: the areas this person may use, and the entries of the area
 * the page belongs to.
 */
@ControllerAdvice
class LayoutModel {

    private final LanternProperties properties;
    private final People people;
    private final NavigationMenu menu;

    LayoutModel(LanternProperties properties, People people, NavigationMenu menu) {
        this.properties = properties;
        this.people = people;
        this.menu = menu;
    }

    @ModelAttribute("layout")
    Layout layout(HttpServletRequest request) {
        var person = people.current().orElse(null);
        if (person == null) return new Layout(properties.partnershipName(), null, null, List.of(), null);
        var areas = menu.areasFor(person);
        String path = request.getRequestURI();
        var current = NavigationMenu.areaOf(areas, path);
        return new Layout(properties.partnershipName(), person, people.currentOrganisationName().orElse(null), areas.stream()
                .map(a -> new NavItem(a.area().label(), a.area().path(), a == current)).toList(),
                current == null ? null : new SubNavigation(current.area().label(), current.entries().stream()
                        .map(e -> new NavItem(e.label(), e.href(), e.covers(path))).toList()));
    }

    record Layout(String partnershipName, CurrentPerson person, String organisationName, List<NavItem> navigation,
            SubNavigation subNavigation) {
    }

    /** The entries of the area the page belongs to, shown under the areas. */
    record SubNavigation(String area, List<NavItem> items) {
    }

    record NavItem(String label, String href, boolean current) {
    }
}
