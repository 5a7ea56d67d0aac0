package app.lantern.partnership;

import java.time.LocalDate;

import org.springframework.validation.Errors;

import app.lantern.partnership.CommitteeViews.CommitteeRecord;
import app.lantern.shared.FormDates;
import app.lantern.shared.FormValues;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the business unit types to add or change a committee. */
record CommitteeForm(
        @NotBlank(message = "Enter the committee's name")
        @Size(max = 200, message = "Name must be 200 characters or less")
        String name,
        @NotBlank(message = "Select what kind of group it is")
        String kind,
        @NotBlank(message = "Enter what the committee is for")
        @Size(max = 4000, message = "Purpose must be 4000 characters or less")
        String purpose,
        String parentId,
        @Size(max = 300, message = "Shared with must be 300 characters or less")
        String sharedWith,
        String startDay, String startMonth, String startYear,
        String endDay, String endMonth, String endYear,
        String version) {

    static CommitteeForm empty() {
        return new CommitteeForm("", "", "", "", "", "", "", "", "", "", "", null);
    }

    static CommitteeForm of(CommitteeRecord c) {
        String[] s = FormDates.parts(c.startDate());
        String[] e = FormDates.parts(c.endDate());
        return new CommitteeForm(c.name(), c.kind().name(), c.purpose(), c.parentId() == null ? "" : c.parentId().toString(),
                c.sharedWith() == null ? "" : c.sharedWith(), s[0], s[1], s[2], e[0], e[1], e[2], String.valueOf(c.version()));
    }

    CommitteeForm withVersion(long newVersion) {
        return new CommitteeForm(name, kind, purpose, parentId, sharedWith, startDay, startMonth, startYear, endDay, endMonth,
                endYear, String.valueOf(newVersion));
    }

    /** Checks what Bean Validation cannot and returns the details, or null when there are errors. */
    CommitteeDetails details(Errors errors) {
        CommitteeKind k = null;
        for (CommitteeKind candidate : CommitteeKind.values()) if (candidate.name().equals(kind)) k = candidate;
        if (k == null && kind != null && !kind.isBlank()) errors.rejectValue("kind", "unknown", "Select what kind of group it is");
        LocalDate start = FormDates.date(startDay, startMonth, startYear, true, "start", "start date", errors);
        LocalDate end = FormDates.date(endDay, endMonth, endYear, false, "end", "end date", errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.rejectValue("endDay", "order", "End date must be the same as or after the start date");
        }
        Long parent = FormValues.id(parentId);
        if (errors.hasErrors()) return null;
        return new CommitteeDetails(name, k, purpose, parent, sharedWith, start, end);
    }
}
