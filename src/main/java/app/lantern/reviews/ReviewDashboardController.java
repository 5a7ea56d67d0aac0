package app.lantern.reviews;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.lantern.identity.CurrentPerson;
import app.lantern.shared.Choice;
import app.lantern.shared.ReportingYear;
import app.lantern.shared.Rule;

/**
 * The reviews dashboard: every running clock the person may see ({@link ReviewClocks}),
 * an agency lead's open requests for summaries, and the year's timeliness figures.
 */
@Controller
class ReviewDashboardController {

    private final ReviewClocks clocks;
    private final IncidentService incidents;
    private final RapidReviewService reviews;
    private final AgencySummaryService summaries;
    private final ReviewAccess access;
    private final IncidentFigures figures;

    ReviewDashboardController(ReviewClocks clocks, IncidentService incidents, RapidReviewService reviews, AgencySummaryService summaries,
            ReviewAccess access, IncidentFigures figures) {
        this.figures = figures;
        this.clocks = clocks;
        this.incidents = incidents;
        this.reviews = reviews;
        this.summaries = summaries;
        this.access = access;
    }

    /** One record behind a timeliness figure. */
    record FactRow(String reference, String path, String outcome) {
    }

    @GetMapping("/reviews")
    @PreAuthorize(Rule.Allowed.SIGNED_IN)
    String dashboard(@RequestParam(required = false) String year, CurrentPerson person, Model model) {
        model.addAttribute("clocks", clocks.openFor(person));
        model.addAttribute("requests", summaries.openRequestsFor(person));
        model.addAttribute("restricted", access.sees(person));
        model.addAttribute("managesTypes", access.manages(person));
        LocalDate today = incidents.today();
        ReportingYear selected = parse(year, today);
        if (selected == null) {
            model.addAttribute("yearProblem", "Select a reporting year from the list");
            selected = ReportingYear.containing(today);
        }
        model.addAttribute("year", selected);
        var choices = new ArrayList<Choice>();
        for (var y = ReportingYear.containing(today); y.startYear() >= 2019; y = y.previous()) choices.add(new Choice(y.slug(), y.label()));
        String slug = selected.slug();
        if (choices.stream().noneMatch(c -> c.value().equals(slug))) choices.add(new Choice(selected.slug(), selected.label()));
        model.addAttribute("yearChoices", choices);
        if (access.sees(person)) {
            var facts = figures.forYear(selected);
            model.addAttribute("facts", facts);
            var refs = incidents.references(facts.notifications());
            var notificationRows = facts.notifications().stream().map(id -> new FactRow(refs.getOrDefault(id, "#" + id),
                    "/reviews/notifications/" + id, outcome(id, facts.notifiedOnTime(), facts.notifiedLate()))).toList();
            var reviewRows = new ArrayList<FactRow>();
            for (long id : facts.rapidReviews()) {
                var r = reviews.find(id);
                reviewRows.add(new FactRow(r.map(RapidReviewRecord::reference).orElse("#" + id), "/reviews/rapid/" + id,
                        outcome(id, facts.rapidReviewsOnTime(), facts.rapidReviewsLate())
                                + r.map(x -> x.outcome().decision() == null ? "" : "; " + x.outcome().decision().label()).orElse("")));
            }
            model.addAttribute("notificationRows", notificationRows);
            model.addAttribute("reviewRows", reviewRows);
        }
        return "reviews/dashboard";
    }

    /** The year asked for; the current one when none; null when what was asked is not a year. */
    private static ReportingYear parse(String year, LocalDate today) {
        if (year == null || year.isBlank()) return ReportingYear.containing(today);
        return ReportingYear.tryParse(year).orElse(null);
    }

    private static String outcome(long id, List<Long> onTime, List<Long> late) {
        return onTime.contains(id) ? "On time" : late.contains(id) ? "Late" : "Clock running";
    }
}
