package app.lantern.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import app.lantern.identity.CurrentPerson;
import app.lantern.shared.HomeCard;
import app.lantern.shared.HomeCards;
import app.lantern.shared.Rule;
import app.lantern.shared.StatutoryClock;
import app.lantern.shared.StatutoryClocks;

/**
 * The home page: the statutory clocks about to run out, whichever module runs them, then the cards
 * every module offers this person, then the areas they may use. It knows no module by name.
 */
@Controller
class HomeController {

    /** Clocks with this many working days left, or fewer, are shown on the home page. */
    static final int CLOCKS_WITHIN = 5;

    private final List<HomeCards> cards;
    private final List<StatutoryClocks> clocks;
    private final NavigationMenu menu;

    HomeController(List<HomeCards> cards, List<StatutoryClocks> clocks, NavigationMenu menu) {
        this.cards = cards;
        this.clocks = clocks;
        this.menu = menu;
    }

    @GetMapping("/")
    @PreAuthorize(Rule.Allowed.SIGNED_IN)
    String home(CurrentPerson person, Model model) {
        model.addAttribute("clocks", clocks.stream().flatMap(c -> c.openClocks().stream())
                .filter(c -> c.workingDaysLeft() <= CLOCKS_WITHIN)
                .sorted(Comparator.comparing(StatutoryClock::due).thenComparing(StatutoryClock::reference)).toList());
        model.addAttribute("clocksWithin", CLOCKS_WITHIN);
        model.addAttribute("cards", cards.stream().flatMap(c -> c.cards().stream())
                .sorted(Comparator.comparingInt(HomeCard::order)).toList());
        model.addAttribute("areas", menu.areasFor(person));
        return "home";
    }
}
