package app.lantern.identity;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import app.lantern.shared.DemoMode;
import jakarta.servlet.http.HttpServletRequest;

/** The sign-in page. Spring Security handles the POST; failures come back here with a reason. */
@Controller
class SignInController {

    private final DemoAccountQuery demoAccounts;
    private final DemoMode demoMode;

    SignInController(DemoAccountQuery demoAccounts, DemoMode demoMode) {
        this.demoAccounts = demoAccounts;
        this.demoMode = demoMode;
    }

    /** The address people and tools guess first. */
    @GetMapping("/login")
    @PreAuthorize(app.lantern.shared.Rule.Allowed.EVERYONE)
    String login() {
        return "redirect:/sign-in";
    }

    @GetMapping("/sign-in")
    @PreAuthorize(app.lantern.shared.Rule.Allowed.EVERYONE)
    String signIn(HttpServletRequest request, Model model) {
        var session = request.getSession(false);
        String email = "";
        if (session != null && session.getAttribute("SIGN_IN_EMAIL") instanceof String typed) {
            email = typed;
            session.removeAttribute("SIGN_IN_EMAIL");
        }
        model.addAttribute("email", email);
        model.addAttribute("failed", request.getParameterMap().containsKey("error"));
        model.addAttribute("locked", request.getParameterMap().containsKey("locked"));
        model.addAttribute("pageHasErrors", request.getParameterMap().containsKey("error")
                || request.getParameterMap().containsKey("locked"));
        model.addAttribute("signedOut", request.getParameterMap().containsKey("signed-out"));
        model.addAttribute("expired", request.getParameterMap().containsKey("expired"));
        model.addAttribute("demoUsers", demoMode.enabled() ? demoAccounts.listedOnSignIn() : java.util.List.of());
        return "identity/sign-in";
    }
}
