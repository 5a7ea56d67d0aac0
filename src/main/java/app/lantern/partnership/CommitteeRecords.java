package app.lantern.partnership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import app.lantern.identity.People;
import app.lantern.partnership.CommitteeViews.MemberRecord;
import app.lantern.partnership.CommitteeViews.MemberView;

/**
 * What committees, meetings and attendance all work out the same way from the stores: today's
 * date, who chairs a committee today, and members with their names; and how text is cleaned
 * before it is stored.
 */
@Component
class CommitteeRecords {

    private final CommitteeStore committees;
    private final OrganisationNameQuery organisations;
    private final People people;
    private final Clock clock;

    CommitteeRecords(CommitteeStore committees, OrganisationNameQuery organisations, People people, Clock clock) {
        this.committees = committees;
        this.organisations = organisations;
        this.people = people;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Whether the person chairs the committee today. */
    boolean chairs(long personId, long committeeId) {
        return committees.chairs(personId, committeeId, today());
    }

    /** Every member the committee has had, chairs first, with names; current until their last day has passed. */
    List<MemberView> memberViews(long committeeId) {
        LocalDate today = today();
        var members = committees.members(committeeId);
        var persons = people.byIds(members.stream().map(MemberRecord::personId).toList());
        var orgNames = organisations.allNames();
        return members.stream().map(m -> {
            var p = persons.get(m.personId());
            return new MemberView(m.id(), m.personId(), p == null ? "Unknown person" : p.fullName(), p == null ? null : p.jobTitle(),
                    m.organisationId(), orgNames.getOrDefault(m.organisationId(), "Unknown organisation"), m.role(),
                    m.startDate(), m.endDate(), m.endDate() == null || m.endDate().isAfter(today));
        }).sorted(Comparator.comparing(MemberView::role).thenComparing(MemberView::personName)).toList();
    }

    /** Trims, and drops NUL characters, which PostgreSQL cannot store in text. */
    static String clean(String s) {
        return s == null ? null : s.replace("\u0000", "").strip();
    }

    static String blankToNull(String s) {
        String c = clean(s);
        return c == null || c.isEmpty() ? null : c;
    }
}
