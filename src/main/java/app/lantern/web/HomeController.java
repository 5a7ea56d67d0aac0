package app.lantern.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import app.lantern.actions.ActionTracker;
import app.lantern.identity.CurrentPerson;
import app.lantern.partnership.CommitteeService;

/** The home page: where to go, the meetings coming up for this person, and the overdue actions they should know of. */
@Controller
class HomeController {

    private final CommitteeService committees;
    private final ActionTracker actions;

    HomeController(CommitteeService committees, ActionTracker actions) {
        this.committees = committees;
        this.actions = actions;
    }

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String home(CurrentPerson person, Model model) {
        model.addAttribute("myMeetings", committees.upcomingMeetings(person.id(), 5));
        model.addAttribute("allMeetings", person.runsPartnership() ? committees.upcomingMeetings(null, 5) : java.util.List.of());
        model.addAttribute("toRecord", committees.meetingsAwaitingAttendance(person, 5));
        model.addAttribute("ourOverdue", person.organisationId() == null ? null : actions.overdueCount(person.organisationId()));
        model.addAttribute("allOverdue", person.runsPartnership() ? actions.overdueCount(null) : null);
        return "home";
    }
}
