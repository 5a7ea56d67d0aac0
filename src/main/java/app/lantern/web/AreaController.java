package app.lantern.web;

import java.util.Arrays;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import app.lantern.identity.CurrentPerson;
import app.lantern.shared.RecordNotFoundException;
import app.lantern.shared.Rule;

/** An area's page: what the area is for and the places in it this person may open. */
@Controller
class AreaController {

    private final NavigationMenu menu;

    AreaController(NavigationMenu menu) {
        this.menu = menu;
    }

    @GetMapping("/areas/{slug}")
    @PreAuthorize(Rule.Allowed.SIGNED_IN)
    String area(@PathVariable String slug, CurrentPerson person, Model model) {
        var area = Arrays.stream(app.lantern.shared.Area.values()).filter(a -> a.slug().equals(slug)).findFirst()
                .orElseThrow(RecordNotFoundException::new);
        var entries = menu.areasFor(person).stream().filter(a -> a.area() == area).findFirst()
                .orElseThrow(RecordNotFoundException::new);
        model.addAttribute("area", entries);
        return "area";
    }
}
