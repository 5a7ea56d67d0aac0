package app.lantern.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.lantern.shared.Rule;
import app.lantern.shared.WorkingDays;

/**
 * {@code GET /api/working-days?from=YYYY-MM-DD&days=N} for agencies' own systems: the date N
 * working days after {@code from}, {@code from} being day 0, as {@code {"date":"YYYY-MM-DD"}}.
 * With {@code rule=CODE} instead of {@code days}, the deadline a named timescale rule gives for
 * an event on {@code from}. Anything wrong is answered 400 with {@code {"error":"…"}}, never 500.
 */
@RestController
class WorkingDaysApi {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_]{1,40}");

    private final WorkingDayCalendar calendar;

    WorkingDaysApi(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping(path = "/api/working-days", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Rule.Allowed.EVERYONE)
    ResponseEntity<Map<String, Object>> workingDays(@RequestParam(required = false) String from,
            @RequestParam(required = false) String days, @RequestParam(required = false) String rule) {
        try {
            LocalDate start = date(from);
            boolean byRule = rule != null && !rule.isBlank();
            boolean byDays = days != null && !days.isBlank();
            if (byRule && byDays) throw new BadQuery("Give either days or rule, not both");
            if (!byRule && !byDays) {
                throw new BadQuery("days is missing: give the number of working days after from, like days=5 (or rule=CODE)");
            }
            var body = new LinkedHashMap<String, Object>();
            if (byDays) {
                body.put("date", calendar.plus(start, number(days)).toString());
            } else {
                var found = CODE.matcher(rule.strip()).matches() ? calendar.findRule(rule.strip()) : java.util.Optional.<app.lantern.shared.TimescaleRule>empty();
                var r = found.orElseThrow(() -> new BadQuery("There is no timescale rule "
                        + (CODE.matcher(rule.strip()).matches() ? rule.strip() : "with that code")
                        + ". The rules are: " + String.join(", ", calendar.rules().stream().map(x -> x.code()).sorted().toList())));
                body.put("date", calendar.workingDays().deadline(r, start).toString());
                body.put("rule", r.code());
                body.put("description", r.describe());
            }
            return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(body);
        } catch (BadQuery | IllegalArgumentException e) {
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(Map.of("error", e.getMessage()));
        }
    }

    private static LocalDate date(String from) {
        if (from == null || from.isBlank()) throw new BadQuery("from is missing: give a date like from=2025-03-27");
        String s = from.strip();
        if (!ISO_DATE.matcher(s).matches()) {
            throw new BadQuery("from must be a date written YYYY-MM-DD, like 2025-03-27");
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeException e) {
            throw new BadQuery("from is not a real date: " + s);
        }
    }

    private static int number(String days) {
        String s = days.strip();
        if (!NUMBER.matcher(s).matches()) {
            throw new BadQuery("days must be a whole number from 0 to " + WorkingDays.MAX_DAYS + ", like days=5");
        }
        boolean negative = s.startsWith("-") && !s.matches("-0+");
        String digits = s.replaceFirst("^[-+]0*", "").replaceFirst("^0+", "");
        long n = negative ? -1 : digits.length() > 9 ? Long.MAX_VALUE : digits.isEmpty() ? 0 : Long.parseLong(digits);
        if (n < 0) throw new BadQuery("days cannot be negative: to count back from a date, use a timescale rule that counts before it");
        if (n > WorkingDays.MAX_DAYS) throw new BadQuery("days must be " + WorkingDays.MAX_DAYS + " or fewer");
        return (int) n;
    }

    /** Something wrong with the query, in words the caller can act on. */
    static final class BadQuery extends RuntimeException {
        BadQuery(String message) {
            super(message, null, false, false);
        }
    }
}
