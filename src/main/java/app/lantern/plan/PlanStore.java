package app.lantern.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.lantern.plan.PlanRecords.Carried;
import app.lantern.plan.PlanRecords.ObjectiveRecord;
import app.lantern.plan.PlanRecords.PlanRecord;
import app.lantern.plan.PlanRecords.PriorityRecord;
import app.lantern.plan.PlanRecords.ProgressRecord;
import app.lantern.plan.PlanRecords.RevisionChange;
import app.lantern.plan.PlanRecords.RevisionRecord;

/** The plan's SQL: plain statements, one per thing stored or read. Versions are checked in the WHERE clause. */
@Repository
class PlanStore {

    private final JdbcClient jdbc;

    PlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- plans --------------------------------------------------------------------------------

    List<PlanRecord> plans() {
        return jdbc.sql("SELECT * FROM business_plan ORDER BY first_year DESC, id DESC").query(PlanRecord.class).list();
    }

    Optional<PlanRecord> plan(long id) {
        return jdbc.sql("SELECT * FROM business_plan WHERE id = ?").param(id).query(PlanRecord.class).optional();
    }

    /** Reads the plan and locks it until the transaction ends, so a change and an approval never cross. */
    Optional<PlanRecord> lock(long id) {
        return jdbc.sql("SELECT * FROM business_plan WHERE id = ? FOR UPDATE").param(id).query(PlanRecord.class).optional();
    }

    Optional<PlanRecord> covering(int year) {
        return jdbc.sql("SELECT * FROM business_plan WHERE first_year <= :y AND last_year >= :y")
                .param("y", year).query(PlanRecord.class).optional();
    }

    /** Plans (other than {@code exceptId}) that cover any of the years. */
    List<PlanRecord> overlapping(PlanYears years, Long exceptId) {
        return jdbc.sql("SELECT * FROM business_plan WHERE first_year <= :last AND last_year >= :first AND id <> :except ORDER BY first_year")
                .param("first", years.first().startYear()).param("last", years.last().startYear())
                .param("except", exceptId == null ? -1L : exceptId).query(PlanRecord.class).list();
    }

    Optional<PlanRecord> startedFrom(long planId) {
        return jdbc.sql("SELECT * FROM business_plan WHERE started_from = ? ORDER BY id LIMIT 1").param(planId)
                .query(PlanRecord.class).optional();
    }

    long insertPlan(String title, PlanYears years, String summary, Long startedFrom, OffsetDateTime now, Long by) {
        return jdbc.sql("""
                INSERT INTO business_plan (title, first_year, last_year, summary, started_from, created_at, created_by)
                VALUES (:title, :first, :last, :summary, :from, :now, :by) RETURNING id""")
                .param("title", title).param("first", years.first().startYear()).param("last", years.last().startYear())
                .param("summary", summary).param("from", startedFrom).param("now", now).param("by", by)
                .query(Long.class).single();
    }

    boolean updatePlan(long id, long version, String title, PlanYears years, String summary) {
        return jdbc.sql("""
                UPDATE business_plan SET title = :title, first_year = :first, last_year = :last, summary = :summary,
                       version = version + 1
                WHERE id = :id AND version = :version""")
                .param("title", title).param("first", years.first().startYear()).param("last", years.last().startYear())
                .param("summary", summary).param("id", id).param("version", version).update() == 1;
    }

    boolean approvePlan(long id, long version, LocalDate on, long by, String byName, String note, OffsetDateTime now) {
        return jdbc.sql("""
                UPDATE business_plan SET status = 'APPROVED', approved_on = :on, approved_by = :by, approved_by_name = :name,
                       approval_note = :note, approval_recorded_at = :now, version = version + 1
                WHERE id = :id AND version = :version AND status = 'DRAFT'""")
                .param("on", on).param("by", by).param("name", byName).param("note", note).param("now", now)
                .param("id", id).param("version", version).update() == 1;
    }

    boolean setStatus(long id, long version, PlanStatus from, PlanStatus to, int revision) {
        return jdbc.sql("""
                UPDATE business_plan SET status = :to, revision = :revision, version = version + 1
                WHERE id = :id AND version = :version AND status = :from""")
                .param("to", to.name()).param("revision", revision).param("id", id).param("version", version)
                .param("from", from.name()).update() == 1;
    }

    /** Raises the plan's version after a change to its priorities or objectives. */
    void touch(long id) {
        jdbc.sql("UPDATE business_plan SET version = version + 1 WHERE id = ?").param(id).update();
    }

    // ---- priorities and objectives ------------------------------------------------------------

    List<PriorityRecord> priorities(long planId) {
        return jdbc.sql("SELECT * FROM plan_priority WHERE plan_id = ? ORDER BY number").param(planId)
                .query(PriorityRecord.class).list();
    }

    Optional<PriorityRecord> priority(long id) {
        return jdbc.sql("SELECT * FROM plan_priority WHERE id = ?").param(id).query(PriorityRecord.class).optional();
    }

    /** The priority, if it belongs to this plan: a record reached through the wrong plan is not found. */
    Optional<PriorityRecord> priorityIn(long planId, long priorityId) {
        return priority(priorityId).filter(p -> p.planId() == planId);
    }

    /** The objective, if it belongs to one of this plan's priorities. */
    Optional<ObjectiveRecord> objectiveIn(long planId, long objectiveId) {
        return objective(objectiveId).filter(o -> priorityIn(planId, o.priorityId()).isPresent());
    }

    long insertPriority(long planId, int number, PriorityDetails d, Long copiedFrom) {
        return jdbc.sql("""
                INSERT INTO plan_priority (plan_id, number, title, why_it_matters, lead, copied_from)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(planId, number, d.title(), d.whyItMatters(), d.lead(), copiedFrom).query(Long.class).single();
    }

    boolean updatePriority(long id, long version, PriorityDetails d) {
        return jdbc.sql("""
                UPDATE plan_priority SET title = ?, why_it_matters = ?, lead = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(d.title(), d.whyItMatters(), d.lead(), id, version).update() == 1;
    }

    void renumberPriority(long id, int number) {
        jdbc.sql("UPDATE plan_priority SET number = ? WHERE id = ?").params(number, id).update();
    }

    void deletePriority(long id) {
        jdbc.sql("DELETE FROM plan_progress WHERE priority_id = ?").param(id).update();
        jdbc.sql("DELETE FROM plan_priority WHERE id = ?").param(id).update();
    }

    /** The objectives of a plan's priorities, by priority then number. */
    List<ObjectiveRecord> objectivesOfPlan(long planId) {
        return jdbc.sql("""
                SELECT o.* FROM plan_objective o JOIN plan_priority p ON p.id = o.priority_id
                WHERE p.plan_id = ? ORDER BY p.number, o.number""")
                .param(planId).query(ObjectiveRecord.class).list();
    }

    List<ObjectiveRecord> objectivesOf(long priorityId) {
        return jdbc.sql("SELECT * FROM plan_objective WHERE priority_id = ? ORDER BY number").param(priorityId)
                .query(ObjectiveRecord.class).list();
    }

    Optional<ObjectiveRecord> objective(long id) {
        return jdbc.sql("SELECT * FROM plan_objective WHERE id = ?").param(id).query(ObjectiveRecord.class).optional();
    }

    long insertObjective(long priorityId, int number, ObjectiveDetails d, Long copiedFrom) {
        return jdbc.sql("""
                INSERT INTO plan_objective (priority_id, number, title, difference, copied_from)
                VALUES (?, ?, ?, ?, ?) RETURNING id""")
                .params(priorityId, number, d.title(), d.difference(), copiedFrom).query(Long.class).single();
    }

    boolean updateObjective(long id, long version, ObjectiveDetails d) {
        return jdbc.sql("UPDATE plan_objective SET title = ?, difference = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(d.title(), d.difference(), id, version).update() == 1;
    }

    void renumberObjective(long id, int number) {
        jdbc.sql("UPDATE plan_objective SET number = ? WHERE id = ?").params(number, id).update();
    }

    void deleteObjective(long id) {
        jdbc.sql("DELETE FROM plan_objective WHERE id = ?").param(id).update();
    }

    // ---- revisions ----------------------------------------------------------------------------

    List<RevisionRecord> revisions(long planId) {
        return jdbc.sql("SELECT * FROM plan_revision WHERE plan_id = ? ORDER BY number").param(planId)
                .query(RevisionRecord.class).list();
    }

    Optional<RevisionRecord> openRevision(long planId) {
        return jdbc.sql("SELECT * FROM plan_revision WHERE plan_id = ? AND approved_on IS NULL").param(planId)
                .query(RevisionRecord.class).optional();
    }

    long insertRevision(long planId, int number, String reason, OffsetDateTime at, long by, String byName) {
        return jdbc.sql("""
                INSERT INTO plan_revision (plan_id, number, reason, started_at, started_by, started_by_name)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(planId, number, reason, at, by, byName).query(Long.class).single();
    }

    void approveRevision(long revisionId, LocalDate on, long by, String byName, String note) {
        jdbc.sql("UPDATE plan_revision SET approved_on = ?, approved_by = ?, approved_by_name = ?, approval_note = ? WHERE id = ?")
                .params(on, by, byName, note, revisionId).update();
    }

    void addChange(long revisionId, OffsetDateTime at, long by, String byName, String what) {
        jdbc.sql("INSERT INTO plan_revision_change (revision_id, changed_at, changed_by, changed_by_name, what) VALUES (?, ?, ?, ?, ?)")
                .params(revisionId, at, by, byName, what.length() <= 4000 ? what : what.substring(0, 3999) + "…").update();
    }

    List<RevisionChange> changes(long planId) {
        return jdbc.sql("""
                SELECT c.revision_id, c.changed_at, c.changed_by_name, c.what
                FROM plan_revision_change c JOIN plan_revision r ON r.id = c.revision_id
                WHERE r.plan_id = ? ORDER BY c.changed_at, c.id""")
                .param(planId).query(RevisionChange.class).list();
    }

    // ---- actions carried forward --------------------------------------------------------------

    void insertCarried(long actionId, long fromObjectiveId, long toObjectiveId, OffsetDateTime at) {
        jdbc.sql("INSERT INTO plan_carried_action (action_id, from_objective_id, to_objective_id, carried_at) VALUES (?, ?, ?, ?)")
                .params(actionId, fromObjectiveId, toObjectiveId, at).update();
    }

    /** Actions carried out of, or into, any of the objectives. */
    List<Carried> carriedTouching(Collection<Long> objectiveIds) {
        if (objectiveIds.isEmpty()) return List.of();
        return jdbc.sql("""
                SELECT action_id, from_objective_id, to_objective_id, carried_at FROM plan_carried_action
                WHERE from_objective_id IN (:ids) OR to_objective_id IN (:ids) ORDER BY carried_at, id""")
                .param("ids", objectiveIds).query(Carried.class).list();
    }

    /** Where each action was last carried to: the objective it belongs to now. */
    Map<Long, Long> latestObjectiveOf(Collection<Long> actionIds) {
        var latest = new HashMap<Long, Long>();
        if (actionIds.isEmpty()) return latest;
        jdbc.sql("""
                SELECT DISTINCT ON (action_id) action_id, to_objective_id FROM plan_carried_action
                WHERE action_id IN (:ids) ORDER BY action_id, carried_at DESC, id DESC""")
                .param("ids", actionIds).query((rs, n) -> latest.put(rs.getLong(1), rs.getLong(2))).list();
        return latest;
    }

    boolean anyCarried(long objectiveId) {
        return jdbc.sql("SELECT count(*) FROM plan_carried_action WHERE from_objective_id = :id OR to_objective_id = :id")
                .param("id", objectiveId).query(Long.class).single() > 0;
    }

    /** Objectives with their plan and numbers, by id, to name where an action went. */
    Map<Long, ObjectivePlace> places(Collection<Long> objectiveIds) {
        var places = new HashMap<Long, ObjectivePlace>();
        if (objectiveIds.isEmpty()) return places;
        jdbc.sql("""
                SELECT o.id, o.number, p.number, b.id, b.first_year, b.last_year
                FROM plan_objective o JOIN plan_priority p ON p.id = o.priority_id JOIN business_plan b ON b.id = p.plan_id
                WHERE o.id IN (:ids)""")
                .param("ids", objectiveIds)
                .query((rs, n) -> places.put(rs.getLong(1), new ObjectivePlace(rs.getLong(1), rs.getLong(4),
                        PlanYears.of(rs.getInt(5), rs.getInt(6)), PlanRules.objectiveLabel(rs.getInt(3), rs.getInt(2)))))
                .list();
        return places;
    }

    /** Where an objective is: its plan and its label there ("2.1"). */
    record ObjectivePlace(long objectiveId, long planId, PlanYears planYears, String label) {
    }

    // ---- progress -----------------------------------------------------------------------------

    Map<Long, ProgressRecord> progress(Collection<Long> priorityIds, int year) {
        var byPriority = new HashMap<Long, ProgressRecord>();
        if (priorityIds.isEmpty()) return byPriority;
        jdbc.sql("SELECT priority_id, year, narrative, version FROM plan_progress WHERE priority_id IN (:ids) AND year = :year")
                .param("ids", priorityIds).param("year", year).query(ProgressRecord.class).list()
                .forEach(p -> byPriority.put(p.priorityId(), p));
        return byPriority;
    }

    Map<Long, List<String>> achievements(Collection<Long> priorityIds, int year) {
        var byPriority = new HashMap<Long, List<String>>();
        if (priorityIds.isEmpty()) return byPriority;
        jdbc.sql("SELECT priority_id, text FROM plan_achievement WHERE priority_id IN (:ids) AND year = :year ORDER BY position, id")
                .param("ids", priorityIds).param("year", year)
                .query((rs, n) -> byPriority.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(rs.getString(2)))
                .list();
        return byPriority;
    }

    /** Inserts the year's progress when {@code version} is null, else updates it if still at that version. */
    boolean saveProgress(long priorityId, int year, Long version, String narrative, OffsetDateTime now, long by) {
        if (version == null) {
            return jdbc.sql("""
                    INSERT INTO plan_progress (priority_id, year, narrative, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (priority_id, year) DO NOTHING""")
                    .params(priorityId, year, narrative, now, by).update() == 1;
        }
        return jdbc.sql("""
                UPDATE plan_progress SET narrative = ?, updated_at = ?, updated_by = ?, version = version + 1
                WHERE priority_id = ? AND year = ? AND version = ?""")
                .params(narrative, now, by, priorityId, year, version).update() == 1;
    }

    void replaceAchievements(long priorityId, int year, List<String> lines) {
        jdbc.sql("DELETE FROM plan_achievement WHERE priority_id = ? AND year = ?").params(priorityId, year).update();
        int position = 0;
        for (String line : lines) {
            jdbc.sql("INSERT INTO plan_achievement (priority_id, year, position, text) VALUES (?, ?, ?, ?)")
                    .params(priorityId, year, position++, line).update();
        }
    }
}
