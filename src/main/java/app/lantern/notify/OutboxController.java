package app.lantern.notify;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.lantern.identity.CurrentPerson;
import app.lantern.shared.PageOf;
import app.lantern.shared.Rule;

/** The administrator's outbox: every email, newest first, and each one in full. */
@Controller
@RequestMapping("/admin/outbox")
class OutboxController {

    private final Outbox outbox;

    OutboxController(Outbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping
    @PreAuthorize(Rule.Allowed.ADMINISTERS)
    String list(@RequestParam(required = false) String page, CurrentPerson person, Model model) {
        model.addAttribute("emails", outbox.page(person, PageOf.clampPage(pageNumber(page))));
        model.addAttribute("mailServer", outbox.mailServer());
        return "notify/outbox";
    }

    @GetMapping("/{id}")
    @PreAuthorize(Rule.Allowed.ADMINISTERS)
    String show(@PathVariable long id, CurrentPerson person, Model model) {
        model.addAttribute("email", outbox.email(person, id));
        return "notify/email";
    }

    /** A page number from the query string; anything that is not one means the first page. */
    private static Integer pageNumber(String page) {
        if (page == null || !page.strip().matches("\\d{1,6}")) return null;
        return Integer.parseInt(page.strip());
    }
}
