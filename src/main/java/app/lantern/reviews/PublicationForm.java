package app.lantern.reviews;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;

import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * The report's journey as typed: when it went to the panel and Secretary of State, when it was
 * published, under which anonymised name, and the report as a PDF or a link. {@code reportFile}
 * only carries the file field's error (the file itself arrives as a separate part named "file").
 */
record PublicationForm(String sentDay, String sentMonth, String sentYear, String publishedDay, String publishedMonth,
        String publishedYear, String publishedName, String reportLink, String reportFile, String version) {

    static PublicationForm of(CaseReview r) {
        return new PublicationForm(CaseReviewDates.day(r.sentToPanelOn()), CaseReviewDates.month(r.sentToPanelOn()),
                CaseReviewDates.year(r.sentToPanelOn()), CaseReviewDates.day(r.publishedOn()), CaseReviewDates.month(r.publishedOn()),
                CaseReviewDates.year(r.publishedOn()), r.publishedName() == null ? "" : r.publishedName(),
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
        LocalDate sent = CaseReviewDates.read(errors, "sent", sentDay, sentMonth, sentYear, "Date sent to the panel", false);
        if (sent != null && sent.isAfter(today)) errors.rejectValue("sentDay", "future", "Date sent to the panel must be today or in the past");
        else if (sent != null && sent.isBefore(review.decisionDate()))
            errors.rejectValue("sentDay", "order", "Date sent to the panel must be on or after the decision date");
        LocalDate published = CaseReviewDates.read(errors, "published", publishedDay, publishedMonth, publishedYear, "Publication date", false);
        if (published != null && published.isAfter(today)) errors.rejectValue("publishedDay", "future", "Publication date must be today or in the past");
        else if (published != null && published.isBefore(review.decisionDate()))
            errors.rejectValue("publishedDay", "order", "Publication date must be on or after the decision date");
        else if (published != null && sent != null && published.isBefore(sent))
            errors.rejectValue("publishedDay", "order", "Publication date must be on or after the date the report was sent to the panel");
        String name = publishedName == null ? "" : publishedName.strip();
        if (name.length() > 200) errors.rejectValue("publishedName", "size", "Published name must be 200 characters or less");
        else if (published != null && name.isEmpty()) errors.rejectValue("publishedName", "required", "Enter the anonymised name the review was published under");
        String link = reportLink == null ? "" : reportLink.strip();
        if (link.length() > 2000) errors.rejectValue("reportLink", "size", "Link must be 2,000 characters or less");
        else if (!link.isEmpty() && !isWebAddress(link))
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
