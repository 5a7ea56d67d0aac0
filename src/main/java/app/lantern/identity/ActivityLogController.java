package app.lantern.identity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import app.lantern.shared.Choice;
import app.lantern.shared.PageOf;
import app.lantern.shared.Rule;

/** The administrator's view of who did what, when. */
@Controller
class ActivityLogController {

    private final ActivityLogQuery query;

    ActivityLogController(ActivityLogQuery query) {
        this.query = query;
    }

    @GetMapping("/admin/activity")
    @PreAuthorize(Rule.Allowed.ADMINISTERS)
    String activity(@RequestParam(required = false) String person, @RequestParam(required = false) String recordType,
            @RequestParam(required = false) String recordId, @RequestParam(required = false) String action,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) Integer page, Model model) {
        var errors = new LinkedHashMap<String, String>();
        LocalDate fromDate = date(from, "from", "Enter the ‘from’ date as a real date, like 2026-04-01", errors);
        LocalDate toDate = date(to, "to", "Enter the ‘to’ date as a real date, like 2027-03-31", errors);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.put("to", "The ‘to’ date must be the same as or after the ‘from’ date");
        }
        ActivityAction actionFilter = Arrays.stream(ActivityAction.values()).filter(a -> a.name().equals(action)).findFirst().orElse(null);
        var filter = new ActivityLogQuery.Filter(person, recordType, recordId, actionFilter,
                errors.containsKey("from") ? null : fromDate, errors.containsKey("to") ? null : toDate);
        int pageNumber = PageOf.clampPage(page);
        model.addAttribute("entries", errors.isEmpty() ? query.find(filter, pageNumber) : new PageOf<>(java.util.List.of(), 1, 1, 0));
        model.addAttribute("errors", errors);
        model.addAttribute("person", person);
        model.addAttribute("recordType", recordType);
        model.addAttribute("recordId", recordId);
        model.addAttribute("action", action);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        var types = new ArrayList<Choice>();
        query.recordTypes().forEach(t -> types.add(new Choice(t, t)));
        model.addAttribute("recordTypes", types);
        model.addAttribute("actions", Choice.of(ActivityAction.values()));
        model.addAttribute("pageUrl", UriComponentsBuilder.fromPath("/admin/activity")
                .queryParamIfPresent("person", java.util.Optional.ofNullable(blankToNull(person)))
                .queryParamIfPresent("recordType", java.util.Optional.ofNullable(blankToNull(recordType)))
                .queryParamIfPresent("recordId", java.util.Optional.ofNullable(blankToNull(recordId)))
                .queryParamIfPresent("action", java.util.Optional.ofNullable(blankToNull(action)))
                .queryParamIfPresent("from", java.util.Optional.ofNullable(blankToNull(from)))
                .queryParamIfPresent("to", java.util.Optional.ofNullable(blankToNull(to)))
                .encode().build().toUriString() + (anyFilter(person, recordType, recordId, action, from, to) ? "&" : "?"));
        return "identity/activity";
    }

    private static LocalDate date(String text, String field, String message, java.util.Map<String, String> errors) {
        if (text == null || text.isBlank()) return null;
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, message);
            return null;
        }
    }

    private static boolean anyFilter(String... values) {
        return Arrays.stream(values).anyMatch(v -> v != null && !v.isBlank());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
