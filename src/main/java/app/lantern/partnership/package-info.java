/**
 * Partnership: the register of organisations (the three safeguarding partners and the relevant
 * agencies: schools, health trusts, charities…), with import and export; and the partnership's
 * committees and groups, their members, meetings, minutes, decisions and attendance, from which
 * attendance rates per organisation and committee are computed for a reporting year (the
 * partnership's "Attendance" block in the yearly report). Committees and members, meetings and
 * minutes, and attendance each have their own service; who may run a committee's meetings (the
 * business unit, or that committee's chair) is decided once, in {@code CommitteeAccess}. Their
 * tables are read and written only by {@code CommitteeStore}, {@code MeetingStore} and
 * {@code AttendanceStore}; the services keep the rules and write the activity log.
 * The register's list, exports and organisation choices are answered from a copy held in memory
 * and checked against a stamp the database changes with every write (ADR 16).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partnership register and committees",
        allowedDependencies = { "shared", "identity", "actions" })
package app.lantern.partnership;
