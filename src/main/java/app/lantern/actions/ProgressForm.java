package app.lantern.actions;

import org.springframework.validation.Errors;

import jakarta.validation.constraints.Size;

/** An owner's progress update: the status now, and what has happened (required, and the reason when closing). */
record ProgressForm(String status,
        @Size(max = 4000, message = "Update must be 4000 characters or less") String update,
        String version) {

    static ProgressForm of(ActionRecord a) {
        return new ProgressForm(a.status().name(), "", String.valueOf(a.version()));
    }


    ActionStatus checkedStatus(Errors errors) {
        ActionStatus s = null;
        for (var candidate : ActionStatus.values()) if (candidate.name().equals(status)) s = candidate;
        if (s == null) errors.rejectValue("status", "required", "Select the action's status");
        if (update == null || update.isBlank()) {
            errors.rejectValue("update", "required", s == ActionStatus.CLOSED
                    ? "Enter why the action is being closed without completion"
                    : "Enter what has happened since the last update");
        }
        return errors.hasErrors() ? null : s;
    }
}
