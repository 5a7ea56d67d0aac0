package app.lantern.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String home() {
        return "home";
    }
}
