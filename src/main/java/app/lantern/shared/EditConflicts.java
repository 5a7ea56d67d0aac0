package app.lantern.shared;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.Errors;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way a page handles two people editing the same record: the second save is refused with
 * one wording, the person's input is kept on the page, and nothing is overwritten.
 */
public final class EditConflicts {

    public static final String MESSAGE = "Someone else changed this while you were editing it. "
            + "Your changes are shown below but have not been saved: check them and save again";

    private EditConflicts() {
    }

    /**
     * Runs the change; if someone else saved first, adds the conflict error to {@code errors}
     * and answers false, so the caller shows the form again.
     */
    public static boolean saved(Errors errors, Runnable change) {
        try {
            change.run();
            return true;
        } catch (OptimisticLockingFailureException stale) {
            errors.reject("conflict", MESSAGE);
            return false;
        }
    }

    /**
     * For changes made by a button rather than a form (a sign-off, a deactivation): runs the
     * change; if someone else saved first, the next page says so (flash attribute "problem").
     */
    public static boolean saved(RedirectAttributes redirect, Runnable change) {
        try {
            change.run();
            return true;
        } catch (OptimisticLockingFailureException stale) {
            redirect.addFlashAttribute("problem", "Someone else changed this just now. Check it and try again");
            return false;
        }
    }
}
