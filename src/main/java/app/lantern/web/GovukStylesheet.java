package app.lantern.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves GOV.UK Frontend's stylesheet with the GDS Transport typeface removed. That typeface is
 * reserved for GOV.UK services; Lantern uses Arial, the documented fallback. The rewrite is done
 * once at start-up from the webjar, so upgrading GOV.UK Frontend needs no hand-edited copy.
 */
@Controller
class GovukStylesheet {

    static final String PATH = "/css/govuk-frontend.css";

    private final String css;

    GovukStylesheet() throws IOException {
        var resource = new ClassPathResource("META-INF/resources/webjars/govuk-frontend/"
                + GovukFrontend.VERSION + "/dist/govuk/govuk-frontend.min.css");
        try (InputStream in = resource.getInputStream()) {
            this.css = withoutGdsTransport(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static String withoutGdsTransport(String css) {
        return css.replaceAll("@font-face\\{font-family:GDS Transport;[^}]*\\}", "")
                .replace("font-family:GDS Transport,arial,sans-serif", "font-family:arial,sans-serif")
                .replace("font-family:GDS Transport", "font-family:arial,sans-serif");
    }

    @GetMapping(value = PATH, produces = "text/css")
    @PreAuthorize(app.lantern.shared.Rule.Allowed.EVERYONE)
    ResponseEntity<String> stylesheet() {
        return ResponseEntity.ok().contentType(new MediaType("text", "css", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic()).body(css);
    }
}
