package app.lantern.partnership;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import app.lantern.identity.Access;
import app.lantern.shared.HomeCard;
import app.lantern.shared.HomeCards;
import app.lantern.shared.Rule;

/**
 * The home page's meeting cards: attendance still to record (for those who record it), the
 * person's own next meetings, and, for the business unit, what is coming up across the partnership.
 */
@Component
class MeetingHomeCards implements HomeCards {

    private static final int SHOWN = 5;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    private final MeetingService meetings;
    private final AttendanceRegister register;
    private final Access access;

    MeetingHomeCards(MeetingService meetings, AttendanceRegister register, Access access) {
        this.meetings = meetings;
        this.register = register;
        this.access = access;
    }

    @Override
    public List<HomeCard> cards() {
        var person = access.person();
        var cards = new ArrayList<HomeCard>();
        var toRecord = register.meetingsAwaitingAttendance(person, SHOWN);
        if (!toRecord.isEmpty()) {
            cards.add(new HomeCard(20, "Attendance to record", toRecord.stream()
                    .map(m -> HomeCard.Line.link(m.committeeName() + ", " + SHORT_DAY.format(m.date()), "/meetings/" + m.meetingId() + "/attendance"))
                    .toList(), null));
        }
        var mine = meetings.upcomingMeetings(person.id(), SHOWN);
        cards.add(new HomeCard(40, "Your next meetings", mine.isEmpty()
                ? List.of(new HomeCard.Line("You are not a member of a committee with a meeting coming up.", null, null))
                : mine.stream().map(m -> line(m, true)).toList(), null));
        if (person.passes(Rule.RUNS_PARTNERSHIP)) {
            var all = meetings.upcomingMeetings(null, SHOWN);
            if (!all.isEmpty()) {
                cards.add(new HomeCard(50, "Coming up across the partnership", all.stream().map(m -> line(m, false)).toList(),
                        new HomeCard.Link("All meetings", "/meetings")));
            }
        }
        return cards;
    }

    private static HomeCard.Line line(UpcomingMeeting m, boolean withPlace) {
        String when = DAY.format(m.date()) + ", " + TIME.format(m.startsAt()).toLowerCase(Locale.UK);
        if (withPlace && m.location() != null) when += ", " + m.location();
        return new HomeCard.Line(m.committeeName(), "/meetings/" + m.meetingId(), when);
    }
}
