package app.lantern.partnership;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import org.springframework.validation.Errors;

import app.lantern.shared.FormDates;

import jakarta.validation.constraints.Size;

/**
 * What a person types to schedule or change a meeting. Agenda items and decisions are typed one
 * per line and stored as ordered rows.
 */
record MeetingForm(
        String dateDay, String dateMonth, String dateYear,
        String startsAt,
        String endsAt,
        @Size(max = 300, message = "Location must be 300 characters or less")
        String location,
        @Size(max = 20000, message = "Agenda must be 20000 characters or less")
        String agenda,
        @Size(max = 100000, message = "Minutes must be 100000 characters or less")
        String minutes,
        @Size(max = 40000, message = "Decisions must be 40000 characters or less")
        String decisions,
        String cancelled,
        String version) {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    static MeetingForm empty() {
        return new MeetingForm("", "", "", "10:00", "12:00", "", "", "", "", "", null);
    }

    static MeetingForm of(MeetingDetails d, long version) {
        String[] date = FormDates.parts(d.date());
        return new MeetingForm(date[0], date[1], date[2], HH_MM.format(d.startsAt()), HH_MM.format(d.endsAt()),
                d.location() == null ? "" : d.location(), String.join("\n", d.agenda()), d.minutes() == null ? "" : d.minutes(),
                String.join("\n", d.decisions()), d.cancelled() ? "true" : "", String.valueOf(version));
    }

    MeetingForm withVersion(long newVersion) {
        return new MeetingForm(dateDay, dateMonth, dateYear, startsAt, endsAt, location, agenda, minutes, decisions, cancelled,
                String.valueOf(newVersion));
    }

    MeetingDetails details(Errors errors) {
        LocalDate date = FormDates.date(dateDay, dateMonth, dateYear, true, "date", "date of the meeting", errors);
        LocalTime start = FormDates.time(startsAt, "startsAt", "start time", errors);
        LocalTime end = FormDates.time(endsAt, "endsAt", "end time", errors);
        if (start != null && end != null && !end.isAfter(start)) {
            errors.rejectValue("endsAt", "order", "End time must be after the start time");
        }
        List<String> agendaItems = lines(agenda);
        if (agendaItems.stream().anyMatch(i -> i.length() > 500)) {
            errors.rejectValue("agenda", "long", "Each agenda item must be 500 characters or less");
        }
        List<String> decisionItems = lines(decisions);
        if (decisionItems.stream().anyMatch(i -> i.length() > 2000)) {
            errors.rejectValue("decisions", "long", "Each decision must be 2000 characters or less");
        }
        if (errors.hasErrors()) return null;
        return new MeetingDetails(date, start, end, location, agendaItems, minutes, decisionItems, isCancelled());
    }

    /** The checkbox posts "true" when ticked and nothing otherwise. */
    public boolean isCancelled() {
        return "true".equals(cancelled);
    }

    /** One item per non-blank line, trimmed. */
    static List<String> lines(String text) {
        if (text == null) return List.of();
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
