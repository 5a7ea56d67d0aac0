package app.lantern.reviews;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;

import org.springframework.validation.Errors;

import app.lantern.shared.FormDates;
import org.springframework.web.multipart.MultipartFile;

import jakarta.validation.constraints.Size;

/**
 * The report's journey as typed: when it went to the panel and Secretary of State, when it was
 * published, under which anonymised name, and the report as a PDF or a link. {@code reportFile}
 * only carries the file field's error (the file itself arrives as a separate part named "file").
 */
record PublicationForm(
        String sentDay, String sentMonth, String sentYear,
        String publishedDay, String publishedMonth, String publishedYear,
        @Size(max = 200, message = "Published name must be 200 characters or less")
        String publishedName,
        @Size(max = 2000, message = "Link must be 2,000 characters or less")
        String reportLink,
        String reportFile,
        String version) {

    static PublicationForm of(CaseReview r) {
        String[] sent = FormDates.parts(r.sentToPanelOn()), published = FormDates.parts(r.publishedOn());
        return new PublicationForm(sent[0], sent[1], sent[2], published[0], published[1], published[2],
                r.publishedName() == null ? "" : r.publishedName(),
                r.reportLink() == null ? "" : r.reportLink(), null, String.valueOf(r.version()));
    }

    PublicationForm withVersion(long v) {
        return new PublicationForm(sentDay, sentMonth, sentYear, publishedDay, publishedMonth, publishedYear, publishedName,
                reportLink, null, String.valueOf(v));
    }

    /**
     * The checked publication, or null with errors. Dates: not in the future, not before the
     * decision, publication not before the report was sent. Publishing needs the anonymised name
     * and the report (a PDF, or a link), unless a PDF is already stored.
     */
    CaseReviewService.Publication checked(CaseReview review, MultipartFile file, LocalDate today, Errors errors) throws IOException {
        LocalDate sent = FormDates.date(sentDay, sentMonth, sentYear, false, "sent", "date sent to the panel", errors);
        if (sent != null && sent.isAfter(today)) errors.rejectValue("sentDay", "future", "Date sent to the panel must be today or in the past");
        else if (sent != null && sent.isBefore(review.decisionDate()))
            errors.rejectValue("sentDay", "order", "Date sent to the panel must be on or after the decision date");
        LocalDate published = FormDates.date(publishedDay, publishedMonth, publishedYear, false, "published", "publication date", errors);
        if (published != null && published.isAfter(today)) errors.rejectValue("publishedDay", "future", "Publication date must be today or in the past");
        else if (published != null && published.isBefore(review.decisionDate()))
            errors.rejectValue("publishedDay", "order", "Publication date must be on or after the decision date");
        else if (published != null && sent != null && published.isBefore(sent))
            errors.rejectValue("publishedDay", "order", "Publication date must be on or after the date the report was sent to the panel");
        String name = publishedName == null ? "" : publishedName.strip();
        if (published != null && name.isEmpty()) errors.rejectValue("publishedName", "required", "Enter the anonymised name the review was published under");
        String link = reportLink == null ? "" : reportLink.strip();
        if (!link.isEmpty() && !errors.hasFieldErrors("reportLink") && !isWebAddress(link))
            errors.rejectValue("reportLink", "invalid", "Enter a link that starts with https://, like https://eastmere.example/reviews/harbour");
        byte[] content = null;
        String fileName = null;
        if (file != null && !file.isEmpty()) {
            if (file.getSize() > PublicationFiles.MAX_BYTES) errors.rejectValue("reportFile", "size", "The selected file must be smaller than 10 MB");
            else {
                content = file.getBytes();
                String problem = PublicationFiles.problem(file.getOriginalFilename(), content);
                if (problem != null) errors.rejectValue("reportFile", "type", problem);
                fileName = PublicationFiles.cleanName(file.getOriginalFilename());
            }
        }
        if (published != null && link.isEmpty() && content == null && review.reportFileName() == null && !errors.hasFieldErrors("reportFile"))
            errors.rejectValue("reportFile", "required", "Upload the published report as a PDF, or give a link to it");
        if (errors.hasErrors()) return null;
        return new CaseReviewService.Publication(sent, published, name.isEmpty() ? null : name, link.isEmpty() ? null : link,
                fileName, content);
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
