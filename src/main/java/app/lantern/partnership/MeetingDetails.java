package app.lantern.partnership;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** What a person enters about a meeting: when and where, the agenda, minutes and decisions. */
public record MeetingDetails(LocalDate date, LocalTime startsAt, LocalTime endsAt, String location, List<String> agenda,
        String minutes, List<String> decisions, boolean cancelled) {

    public MeetingDetails {
        agenda = agenda == null ? List.of() : List.copyOf(agenda);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
    }
}
