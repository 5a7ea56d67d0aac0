package app.lantern.plan;

import java.util.Optional;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.lantern.shared.RecordNotFoundException;
import app.lantern.shared.ReportingYear;

/** What the budget's page families share: reading the year from the address, and what happens when a line has gone. */
final class BudgetPages {

    static final String INCOMPLETE = "The form was incomplete. Open the budget again and make your change";

    private BudgetPages() {
    }

    /** A year from the address, or "Page not found". */
    static ReportingYear yearOf(String slug) {
        return ReportingYear.tryParse(slug).orElseThrow(RecordNotFoundException::new);
    }

    /**
     * After a conflict because someone removed the line meanwhile, there is no form to show again:
     * back to the year, saying so. Empty when the line is still there.
     */
    static Optional<String> lineGone(BudgetStore.YearRecord record, boolean gone, RedirectAttributes redirect) {
        if (!gone) return Optional.empty();
        redirect.addFlashAttribute("notice", "Someone else removed that line while you were working on it, so your change "
                + "has not been saved. The budget as it is now is shown below");
        return Optional.of("redirect:/budget/" + record.year().slug());
    }
}
