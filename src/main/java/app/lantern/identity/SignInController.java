package app.lantern.identity;

import app.lantern.shared.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import app.lantern.shared.DemoMode;
import jakarta.servlet.http.HttpServletRequest;

/** The sign-in page. Spring Security handles the POST; failures come back here with a reason. */
@Controller
class SignInController {

    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final DemoMode demoMode;

    SignInController(org.springframework.jdbc.core.simple.JdbcClient jdbc, DemoMode demoMode) {
        this.jdbc = jdbc;
        this.demoMode = demoMode;
    }

    /** The address people and tools guess first. */
    @GetMapping("/login")
    @PreAuthorize("permitAll()")
    String login() {
        return "redirect:/sign-in";
    }

    @GetMapping("/sign-in")
    @PreAuthorize("permitAll()")
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
        model.addAttribute("signedOut", request.getParameterMap().containsKey("signed-out"));
        model.addAttribute("expired", request.getParameterMap().containsKey("expired"));
        model.addAttribute("demoUsers", demoMode.enabled() ? demoAccounts() : java.util.List.of());
        return "identity/sign-in";
    }

    /** The listed demo accounts with their roles, in one query: this page is the most visited of all. */
    private java.util.List<DemoAccount> demoAccounts() {
        return jdbc.sql("""
                SELECT u.email, u.full_name, array_agg(r.role ORDER BY r.role) AS roles
                FROM app_user u LEFT JOIN app_user_role r ON r.app_user = u.id
                WHERE u.listed_on_sign_in AND u.active
                GROUP BY u.id ORDER BY u.id""")
                .query((rs, i) -> new DemoAccount(rs.getString(1), rs.getString(2),
                        java.util.Arrays.stream((String[]) rs.getArray(3).getArray()).filter(java.util.Objects::nonNull)
                                .map(Role::valueOf).toList()))
                .list();
    }

    /** The page shows each role with what it lets the person do, so a visitor knows which account to try. */
    record DemoAccount(String email, String name, java.util.List<Role> roles) {
    }
}
