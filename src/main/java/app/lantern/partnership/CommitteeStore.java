package app.lantern.partnership;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import app.lantern.partnership.CommitteeViews.CommitteeRecord;
import app.lantern.partnership.CommitteeViews.MeetingRecord;
import app.lantern.partnership.CommitteeViews.MemberRecord;
import app.lantern.shared.ReportingYear;

/**
 * Reads and writes committees and their memberships ({@code committee}, {@code committee_member}).
 * Plain SQL rather than Spring Data JDBC aggregates: attendance refers to memberships by id, and
 * an aggregate save would delete and re-insert a committee's members, breaking those references.
 */
@Repository
class CommitteeStore {

    private final JdbcClient jdbc;

    CommitteeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CommitteeRecord> committee(long id) {
        return jdbc.sql("SELECT * FROM committee WHERE id = ?").param(id).query(CommitteeRecord.class).optional();
    }

    List<CommitteeRecord> allCommittees() {
        return jdbc.sql("SELECT * FROM committee ORDER BY lower(name)").query(CommitteeRecord.class).list();
    }

    /** Whether another committee than {@code exceptId} has this name, regardless of case. */
    boolean nameTaken(String name, Long exceptId) {
        return jdbc.sql("SELECT count(*) FROM committee WHERE lower(name) = lower(?) AND id <> ?")
                .params(name, exceptId == null ? -1L : exceptId).query(Long.class).single() > 0;
    }

    long insert(CommitteeDetails details) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO committee (name, kind, purpose, parent_id, shared_with, start_date, end_date)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(details.name(), details.kind().name(), details.purpose(), details.parentId(), details.sharedWith(),
                        details.startDate(), details.endDate())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Changes the committee if it is still at {@code version}; returns how many committees changed (0 or 1). */
    int update(long id, long version, CommitteeDetails details) {
        return jdbc.sql("""
                UPDATE committee SET name = ?, kind = ?, purpose = ?, parent_id = ?, shared_with = ?, start_date = ?,
                       end_date = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(details.name(), details.kind().name(), details.purpose(), details.parentId(), details.sharedWith(),
                        details.startDate(), details.endDate(), id, version)
                .update();
    }

    Optional<MemberRecord> member(long committeeId, long memberId) {
        return jdbc.sql("SELECT * FROM committee_member WHERE id = ? AND committee_id = ?").params(memberId, committeeId)
                .query(MemberRecord.class).optional();
    }

    /** Every member the committee has had, in the order they were added. */
    List<MemberRecord> members(long committeeId) {
        return jdbc.sql("SELECT * FROM committee_member WHERE committee_id = ? ORDER BY id").param(committeeId)
                .query(MemberRecord.class).list();
    }

    List<MemberRecord> allMembers() {
        return jdbc.sql("SELECT * FROM committee_member").query(MemberRecord.class).list();
    }

    /** Members whose membership covers the meeting date: the people expected at it. */
    List<MemberRecord> expectedMembers(MeetingRecord meeting) {
        return jdbc.sql("""
                SELECT * FROM committee_member WHERE committee_id = ? AND start_date <= ? AND (end_date IS NULL OR end_date >= ?)
                ORDER BY id""")
                .params(meeting.committeeId(), meeting.meetingDate(), meeting.meetingDate()).query(MemberRecord.class).list();
    }

    /** Memberships that cover at least one day of the year. */
    List<AttendanceRates.Membership> membershipsDuring(ReportingYear year) {
        return jdbc.sql("""
                SELECT id, committee_id, organisation_id, start_date, end_date FROM committee_member
                WHERE start_date <= ? AND (end_date IS NULL OR end_date >= ?)""")
                .params(year.end(), year.start())
                .query((rs, n) -> new AttendanceRates.Membership(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)))
                .list();
    }

    /** Whether the person chairs the committee on {@code day}. */
    boolean chairs(long personId, long committeeId, LocalDate day) {
        return jdbc.sql("""
                SELECT count(*) FROM committee_member
                WHERE committee_id = ? AND person_id = ? AND role = 'CHAIR' AND start_date <= ?
                  AND (end_date IS NULL OR end_date >= ?)""")
                .params(committeeId, personId, day, day).query(Long.class).single() > 0;
    }

    long insertMember(long committeeId, long personId, long organisationId, MemberRole role, LocalDate startDate,
            LocalDate endDate) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO committee_member (committee_id, person_id, organisation_id, role, start_date, end_date)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(committeeId, personId, organisationId, role.name(), startDate, endDate)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void endMembership(long memberId, LocalDate lastDay) {
        jdbc.sql("UPDATE committee_member SET end_date = ? WHERE id = ?").params(lastDay, memberId).update();
    }

    /** A seat an organisation holds, before the person's name is looked up. */
    record SeatRow(long committeeId, String committeeName, long personId, MemberRole role) {
    }

    /** The seats the organisation holds on {@code day}, by committee name and role. */
    List<SeatRow> seatsOf(long organisationId, LocalDate day) {
        return jdbc.sql("""
                SELECT c.id, c.name, cm.person_id, cm.role
                FROM committee_member cm JOIN committee c ON c.id = cm.committee_id
                WHERE cm.organisation_id = :org AND cm.start_date <= :today AND (cm.end_date IS NULL OR cm.end_date >= :today)
                ORDER BY lower(c.name), cm.role""")
                .param("org", organisationId).param("today", day)
                .query((rs, i) -> new SeatRow(rs.getLong(1), rs.getString(2), rs.getLong(3), MemberRole.valueOf(rs.getString(4))))
                .list();
    }
}
