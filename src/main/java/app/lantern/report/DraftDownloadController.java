package app.lantern.report;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import app.lantern.shared.LanternProperties;
import app.lantern.shared.RecordNotFoundException;
import app.lantern.shared.ReportingYear;

/** The draft as a Word document, for those who read the draft and comment on it offline. */
@Controller
class DraftDownloadController {

    private final ReportService reports;
    private final ReportFigures figures;
    private final ReportDocx docx;
    private final LanternProperties properties;

    DraftDownloadController(ReportService reports, ReportFigures figures, ReportDocx docx, LanternProperties properties) {
        this.reports = reports;
        this.figures = figures;
        this.docx = docx;
        this.properties = properties;
    }

    @GetMapping("/yearly-report/{year}/download-draft.docx")
    @PreAuthorize(ReportAccess.READS_DRAFT)
    ResponseEntity<byte[]> draft(@PathVariable String year) {
        var report = ReportingYear.tryParse(year).flatMap(reports::find).orElseThrow(RecordNotFoundException::new);
        byte[] document = docx.draft(report, properties.partnershipName(), reports.chapters(report), reports.partsByChapter(report),
                figures.offered(report.year()));
        // A draft is not for shared caches, and each download should show the draft as it stands.
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(ReportDocx.CONTENT_TYPE))
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("yearly-report-" + report.year().slug() + "-draft.docx").build().toString())
                .body(document);
    }
}
