package app.lantern.partnership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import app.lantern.identity.People;
import app.lantern.partnership.CommitteeViews.CommitteeRecord;
import app.lantern.partnership.CommitteeViews.MeetingRecord;
import app.lantern.partnership.CommitteeViews.MemberRecord;
import app.lantern.partnership.CommitteeViews.MemberView;

/**
 * Reads the committee, membership and meeting records that committees, meetings and attendance
 * all need, so each of those services reads them the same way and none depends on another for them.
 */
@Component
class CommitteeRecords {

    private final JdbcClient jdbc;
    private final People people;
    private final Clock clock;

    CommitteeRecords(JdbcClient jdbc, People people, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Optional<CommitteeRecord> committee(long id) {
        return jdbc.sql("SELECT * FROM committee WHERE id = ?").param(id).query(CommitteeRecord.class).optional();
    }

    List<CommitteeRecord> allCommittees() {
        return jdbc.sql("SELECT * FROM committee ORDER BY lower(name)").query(CommitteeRecord.class).list();
    }

    Optional<MeetingRecord> meeting(long id) {
        return jdbc.sql("SELECT * FROM meeting WHERE id = ?").param(id).query(MeetingRecord.class).optional();
    }

    Optional<MemberRecord> member(long committeeId, long memberId) {
        return jdbc.sql("SELECT * FROM committee_member WHERE id = ? AND committee_id = ?").params(memberId, committeeId)
                .query(MemberRecord.class).optional();
    }

    /** Members whose membership covers the meeting date: the people expected at it. */
    List<MemberRecord> expectedMembers(MeetingRecord meeting) {
        return jdbc.sql("""
                SELECT * FROM committee_member WHERE committee_id = ? AND start_date <= ? AND (end_date IS NULL OR end_date >= ?)
                ORDER BY id""")
                .params(meeting.committeeId(), meeting.meetingDate(), meeting.meetingDate()).query(MemberRecord.class).list();
    }

    /** Whether the person chairs the committee today. */
    boolean chairs(long personId, long committeeId) {
        LocalDate today = today();
        return jdbc.sql("""
                SELECT count(*) FROM committee_member
                WHERE committee_id = ? AND person_id = ? AND role = 'CHAIR' AND start_date <= ?
                  AND (end_date IS NULL OR end_date >= ?)""")
                .params(committeeId, personId, today, today).query(Long.class).single() > 0;
    }

    /** Every member the committee has had, chairs first, with names; current until their last day has passed. */
    List<MemberView> memberViews(long committeeId) {
        LocalDate today = today();
        var members = jdbc.sql("SELECT * FROM committee_member WHERE committee_id = ? ORDER BY id").param(committeeId)
                .query(MemberRecord.class).list();
        var persons = people.byIds(members.stream().map(MemberRecord::personId).toList());
        var orgNames = organisationNames();
        return members.stream().map(m -> {
            var p = persons.get(m.personId());
            return new MemberView(m.id(), m.personId(), p == null ? "Unknown person" : p.fullName(), p == null ? null : p.jobTitle(),
                    m.organisationId(), orgNames.getOrDefault(m.organisationId(), "Unknown organisation"), m.role(),
                    m.startDate(), m.endDate(), m.endDate() == null || m.endDate().isAfter(today));
        }).sorted(Comparator.comparing(MemberView::role).thenComparing(MemberView::personName)).toList();
    }

    Map<Long, String> organisationNames() {
        Map<Long, String> names = new HashMap<>();
        jdbc.sql("SELECT id, name FROM organisation").query((rs, n) -> names.put(rs.getLong(1), rs.getString(2))).list();
        return names;
    }

    /** Active organisations to choose from, by name. */
    List<Map.Entry<Long, String>> organisationChoices() {
        return jdbc.sql("SELECT id, name FROM organisation WHERE active ORDER BY lower(name)")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list();
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
