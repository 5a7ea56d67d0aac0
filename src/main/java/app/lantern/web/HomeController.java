package app.lantern.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import app.lantern.actions.ActionTracker;
import app.lantern.identity.CurrentPerson;
import app.lantern.partnership.CommitteeService;
import app.lantern.reviews.ReviewClocks;

/**
 * The home page: where to go, the meetings coming up for this person, the overdue actions they
 * should know of, and the statutory clocks about to run out.
 */
@Controller
class HomeController {

    private final CommitteeService committees;
    private final ActionTracker actions;
    private final ReviewClocks clocks;

    /** Clocks with this many working days left, or fewer, are shown on the home page. */
    static final int CLOCKS_WITHIN = 5;

    HomeController(CommitteeService committees, ActionTracker actions, ReviewClocks clocks) {
        this.committees = committees;
        this.actions = actions;
        this.clocks = clocks;
    }

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String home(CurrentPerson person, Model model) {
        model.addAttribute("myMeetings", committees.upcomingMeetings(person.id(), 5));
        model.addAttribute("allMeetings", person.runsPartnership() ? committees.upcomingMeetings(null, 5) : java.util.List.of());
        model.addAttribute("toRecord", committees.meetingsAwaitingAttendance(person, 5));
        model.addAttribute("ourOverdue", person.organisationId() == null ? null : actions.overdueCount(person.organisationId()));
        model.addAttribute("allOverdue", person.runsPartnership() ? actions.overdueCount(null) : null);
        model.addAttribute("clocks", clocks.dueWithin(person, CLOCKS_WITHIN));
        model.addAttribute("clocksWithin", CLOCKS_WITHIN);
        model.addAttribute("summariesAsked", clocks.openRequestsFor(person));
        return "home";
    }
}
