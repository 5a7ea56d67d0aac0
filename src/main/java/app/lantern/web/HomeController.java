package app.lantern.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import app.lantern.identity.CurrentPerson;
import app.lantern.partnership.CommitteeService;

/** The home page: where to go, and the meetings coming up for this person. */
@Controller
class HomeController {

    private final CommitteeService committees;

    HomeController(CommitteeService committees) {
        this.committees = committees;
    }

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String home(CurrentPerson person, Model model) {
        model.addAttribute("myMeetings", committees.upcomingMeetings(person.id(), 5));
        model.addAttribute("allMeetings", person.runsPartnership() ? committees.upcomingMeetings(null, 5) : java.util.List.of());
        model.addAttribute("toRecord", committees.meetingsAwaitingAttendance(person, 5));
        return "home";
    }
}
