package app.lantern.actions;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.lantern.identity.CurrentPerson;
import app.lantern.notify.Mailer;
import app.lantern.shared.Rule;

/** "Send the digest now": the business unit need not wait for Monday. */
@Controller
class DigestController {

    private final WeeklyDigest digest;
    private final Mailer mailer;

    DigestController(WeeklyDigest digest, Mailer mailer) {
        this.digest = digest;
        this.mailer = mailer;
    }

    @PostMapping("/actions/digest")
    @PreAuthorize(Rule.Allowed.RUNS_PARTNERSHIP)
    String sendNow(CurrentPerson person, RedirectAttributes redirect) {
        int emails = digest.sendNow();
        String owners = emails + (emails == 1 ? " owner" : " owners");
        redirect.addFlashAttribute("success", emails == 0
                ? "No digest was needed: no named owner has an action overdue or due in the next " + ActionRules.DUE_SOON_DAYS + " days"
                : mailer.mailServerConfigured() ? "Weekly digest queued for " + owners + "; it goes out within a minute"
                : "Weekly digest written to the outbox for " + owners + ". No mail server is configured, so it was not sent");
        return person.passes(Rule.ADMINISTERS) ? "redirect:/admin/outbox" : "redirect:/actions";
    }
}
