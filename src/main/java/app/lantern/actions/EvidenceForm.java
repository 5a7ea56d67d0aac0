package app.lantern.actions;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Evidence an owner adds: what it shows, and either an uploaded file or a link. */
record EvidenceForm(
        @NotBlank(message = "Enter what the evidence shows")
        @Size(max = 500, message = "Description must be 500 characters or less")
        String description,
        String kind,
        @Size(max = 2000, message = "Link must be 2000 characters or less")
        String link) {

    /** The checked evidence: a link, or a file with its verdict and bytes. */
    record Checked(String link, EvidenceFiles.Verdict verdict, byte[] content) {
    }

    Checked check(MultipartFile file, Errors errors) throws IOException {
        if ("LINK".equals(kind)) {
            String url = link == null ? "" : link.strip();
            if (url.isEmpty()) errors.rejectValue("link", "required", "Enter the link to the evidence");
            else if (!errors.hasFieldErrors("link") && !isWebAddress(url)) errors.rejectValue("link", "invalid", "Enter a link that starts with https://, like https://intranet.example/report");
            return errors.hasErrors() ? null : new Checked(url, null, null);
        }
        if (!"FILE".equals(kind)) {
            errors.rejectValue("kind", "required", "Select whether you are uploading a file or adding a link");
            return null;
        }
        if (file == null || file.isEmpty()) {
            errors.rejectValue("kind", "file", "Select a file to upload");
            return null;
        }
        if (file.getSize() > EvidenceFiles.MAX_BYTES) {
            errors.rejectValue("kind", "size", "The selected file must be smaller than 10 MB");
            return null;
        }
        byte[] content = file.getBytes();
        var verdict = EvidenceFiles.check(file.getOriginalFilename(), content);
        if (!verdict.ok()) {
            errors.rejectValue("kind", "type", verdict.error());
            return null;
        }
        return errors.hasErrors() ? null : new Checked(null, verdict, content);
    }

    private static boolean isWebAddress(String url) {
        try {
            var uri = new URI(url);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
