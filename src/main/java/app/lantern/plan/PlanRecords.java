package app.lantern.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import app.lantern.shared.ReportingYear;

/** The plan's rows as stored, read by {@link PlanStore}. */
final class PlanRecords {

    private PlanRecords() {
    }

    record PlanRecord(long id, String title, int firstYear, int lastYear, String summary, PlanStatus status, LocalDate approvedOn,
            Long approvedBy, String approvedByName, String approvalNote, int revision, Long startedFrom, long version) {

        public PlanYears years() {
            return PlanYears.of(firstYear, lastYear);
        }

        public boolean covers(ReportingYear year) {
            return years().contains(year);
        }

        String describe() {
            return "title=" + title + "; years=" + years().label() + "; summary=" + (summary == null ? "" : summary);
        }
    }

    record PriorityRecord(long id, long planId, int number, String title, String whyItMatters, String lead, Long copiedFrom,
            long version) {

        String describe() {
            return "Priority " + number + ": " + title + "; lead=" + lead + "; why=" + whyItMatters;
        }
    }

    record ObjectiveRecord(long id, long priorityId, int number, String title, String difference, Long copiedFrom, long version) {

        String describe() {
            return "Objective " + number + ": " + title + "; difference=" + difference;
        }
    }

    record RevisionRecord(long id, long planId, int number, String reason, OffsetDateTime startedAt, String startedByName,
            LocalDate approvedOn, String approvedByName, String approvalNote) {

        public boolean open() {
            return approvedOn == null;
        }
    }

    record RevisionChange(long revisionId, OffsetDateTime changedAt, String changedByName, String what) {
    }

    record Carried(long actionId, long fromObjectiveId, long toObjectiveId, OffsetDateTime carriedAt) {
    }

    record ProgressRecord(long priorityId, int year, String narrative, long version) {
    }
}
