package app.lantern.plan;

import java.time.LocalDate;

import org.springframework.validation.Errors;

import app.lantern.plan.PlanRecords.ObjectiveRecord;
import app.lantern.plan.PlanRecords.PlanRecord;
import app.lantern.plan.PlanRecords.PriorityRecord;
import app.lantern.shared.FormDates;
import app.lantern.shared.FormValues;
import app.lantern.shared.ReportingYear;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What people type on the plan's pages. Every field is a String so that binding never fails;
 * each form checks what Bean Validation cannot and returns the details, or null after recording
 * GOV.UK errors on the fields. What was typed is kept either way.
 */
final class PlanForms {

    private PlanForms() {
    }

    record PlanForm(
            @NotBlank(message = "Enter the plan's title")
            @Size(max = PlanInput.TITLE_MAX, message = "Title must be 200 characters or less")
            String title,
            @NotBlank(message = "Enter the first reporting year the plan covers, like 2024-25")
            String firstYear,
            String years,
            @Size(max = PlanInput.SUMMARY_MAX, message = "Summary must be 4000 characters or less")
            String summary,
            String version) {

        static PlanForm empty(ReportingYear suggested) {
            return new PlanForm("Business plan " + suggested.label(), suggested.slug(), "1", "", null);
        }

        static PlanForm of(PlanRecord p) {
            return new PlanForm(p.title(), p.years().first().slug(), String.valueOf(p.years().count()),
                    p.summary() == null ? "" : p.summary(), String.valueOf(p.version()));
        }

        PlanForm withVersion(long v) {
            return new PlanForm(title, firstYear, years, summary, String.valueOf(v));
        }

        PlanDetails details(Errors errors) {
            ReportingYear first = null;
            if (firstYear != null && !firstYear.isBlank()) {
                try {
                    first = ReportingYear.parse(firstYear);
                } catch (IllegalArgumentException e) {
                    errors.rejectValue("firstYear", "invalid", "Enter the first reporting year like 2024-25");
                }
            }
            int count = count(years, PlanYears.MAX_YEARS);
            if (count == 0) errors.rejectValue("years", "required", "Select how many years the plan covers");
            if (first != null && count > 0 && first.startYear() + count - 1 > 2200) {
                errors.rejectValue("firstYear", "range", "Enter a reporting year before 2200");
            }
            if (errors.hasErrors()) return null;
            return new PlanDetails(title, first, count, summary);
        }
    }

    record PriorityForm(
            @NotBlank(message = "Enter the priority's title")
            @Size(max = PlanInput.TITLE_MAX, message = "Title must be 200 characters or less")
            String title,
            @NotBlank(message = "Enter why the priority matters")
            @Size(max = PlanInput.WHY_MAX, message = "Why it matters must be 4000 characters or less")
            String whyItMatters,
            @NotBlank(message = "Enter who leads the priority")
            @Size(max = PlanInput.LEAD_MAX, message = "Lead must be 200 characters or less")
            String lead,
            String version) {

        static PriorityForm empty() {
            return new PriorityForm("", "", "", null);
        }

        static PriorityForm of(PriorityRecord p) {
            return new PriorityForm(p.title(), p.whyItMatters(), p.lead(), String.valueOf(p.version()));
        }

        PriorityForm withVersion(long v) {
            return new PriorityForm(title, whyItMatters, lead, String.valueOf(v));
        }

        PriorityDetails details() {
            return new PriorityDetails(title, whyItMatters, lead);
        }
    }

    record ObjectiveForm(
            @NotBlank(message = "Enter the objective")
            @Size(max = PlanInput.OBJECTIVE_MAX, message = "Objective must be 250 characters or less")
            String title,
            @NotBlank(message = "Enter what difference children will see")
            @Size(max = PlanInput.DIFFERENCE_MAX, message = "What difference children will see must be 2000 characters or less")
            String difference,
            String version) {

        static ObjectiveForm empty() {
            return new ObjectiveForm("", "", null);
        }

        static ObjectiveForm of(ObjectiveRecord o) {
            return new ObjectiveForm(o.title(), o.difference(), String.valueOf(o.version()));
        }

        ObjectiveForm withVersion(long v) {
            return new ObjectiveForm(title, difference, String.valueOf(v));
        }

        ObjectiveDetails details() {
            return new ObjectiveDetails(title, difference);
        }
    }

    record ApprovalForm(
            String onDay, String onMonth, String onYear,
            @Size(max = 500, message = "Where it was agreed must be 500 characters or less")
            String note,
            String version) {

        static ApprovalForm of(LocalDate today, long version) {
            return new ApprovalForm(String.valueOf(today.getDayOfMonth()), String.valueOf(today.getMonthValue()),
                    String.valueOf(today.getYear()), "", String.valueOf(version));
        }

        ApprovalForm withVersion(long v) {
            return new ApprovalForm(onDay, onMonth, onYear, note, String.valueOf(v));
        }

        PlanApproval details(LocalDate today, Errors errors) {
            LocalDate on = FormDates.date(onDay, onMonth, onYear, true, "on", "date approved", errors);
            if (on != null && on.isAfter(today)) errors.rejectValue("onDay", "future", "Date approved must be today or in the past");
            if (errors.hasErrors()) return null;
            return new PlanApproval(on, note);
        }
    }

    record RevisionForm(
            @NotBlank(message = "Enter why the plan needs to change")
            @Size(max = 2000, message = "Reason must be 2000 characters or less")
            String reason,
            String version) {

        RevisionForm withVersion(long v) {
            return new RevisionForm(reason, String.valueOf(v));
        }
    }

    record NextPlanForm(
            @NotBlank(message = "Enter the new plan's title")
            @Size(max = PlanInput.TITLE_MAX, message = "Title must be 200 characters or less")
            String title,
            String years) {

        /** 0 and an error when no valid choice was made. */
        int count(Errors errors) {
            int n = PlanForms.count(years, 3);
            if (n == 0) errors.rejectValue("years", "required", "Select how many years the new plan covers");
            return n;
        }
    }

    record ActionForm(
            @NotBlank(message = "Enter the action's title")
            @Size(max = 300, message = "Title must be 300 characters or less")
            String title,
            @Size(max = 4000, message = "Description must be 4000 characters or less")
            String description,
            String ownerOrganisationId,
            String ownerPersonId,
            String dueDay, String dueMonth, String dueYear) {

        static ActionForm empty() {
            return new ActionForm("", "", "", "", "", "", "");
        }

        /** The due date must be today or later: an action is planned, not recorded after the fact, here. */
        PlanActionDetails details(LocalDate today, java.util.Set<Long> organisations, java.util.Set<Long> activePeople,
                Errors errors) {
            Long org = FormValues.wholeNumber(ownerOrganisationId);
            if (org == null) errors.rejectValue("ownerOrganisationId", "required", "Select the organisation that owns the action");
            else if (!organisations.contains(org))
                errors.rejectValue("ownerOrganisationId", "unknown", "Select the organisation that owns the action from the list");
            Long person = FormValues.wholeNumber(ownerPersonId);
            if (person != null && !activePeople.contains(person))
                errors.rejectValue("ownerPersonId", "unknown", "Select the person who owns the action from the list");
            LocalDate due = FormDates.date(dueDay, dueMonth, dueYear, true, "due", "due date", errors);
            if (due != null && due.isBefore(today)) errors.rejectValue("dueDay", "past", "Due date must be today or in the future");
            if (errors.hasErrors()) return null;
            return new PlanActionDetails(title, description, org, person, due);
        }
    }

    record ProgressForm(
            @Size(max = 6000, message = "Narrative must be 6000 characters or less")
            String narrative,
            @Size(max = 12000, message = "Achievements must be 12000 characters or less in all")
            String achievements,
            String version) {

        static ProgressForm of(PlanProgress.SavedProgress saved) {
            return new ProgressForm(saved.narrative() == null ? "" : saved.narrative(), String.join("\n", saved.achievements()),
                    saved.version() == null ? "" : String.valueOf(saved.version()));
        }

        ProgressForm withVersion(Long v) {
            return new ProgressForm(narrative, achievements, v == null ? "" : String.valueOf(v));
        }

        ProgressDetails details(Errors errors) {
            if (errors.hasFieldErrors("achievements")) return null;
            try {
                var lines = PlanInput.achievements(PlanInput.lines(achievements));
                if (lines.size() > PlanProgress.MAX_ACHIEVEMENTS)
                    errors.rejectValue("achievements", "many", "List at most " + PlanProgress.MAX_ACHIEVEMENTS + " achievements, one a line");
                if (errors.hasErrors()) return null;
                return new ProgressDetails(narrative, lines);
            } catch (IllegalArgumentException e) {
                errors.rejectValue("achievements", "long", e.getMessage() + " (one achievement a line)");
                return null;
            }
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** A whole number from 1 to max, or 0. */
    static int count(String value, int max) {
        if (value == null || !value.strip().matches("\\d")) return 0;
        int n = Integer.parseInt(value.strip());
        return n >= 1 && n <= max ? n : 0;
    }

}
