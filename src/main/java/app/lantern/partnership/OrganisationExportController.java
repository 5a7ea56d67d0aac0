package app.lantern.partnership;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

import app.lantern.shared.Rule;

/** The register as CSV or XLSX, with the list's filters and the import's columns. */
@Controller
class OrganisationExportController {

    private final OrganisationSearch search;
    private final Clock clock;

    OrganisationExportController(OrganisationSearch search, Clock clock) {
        this.search = search;
        this.clock = clock;
    }

    @GetMapping("/organisations/export.csv")
    @PreAuthorize(Rule.Allowed.READS_ACROSS)
    void csv(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
            @RequestParam(required = false) String sector, @RequestParam(required = false) String status,
            HttpServletResponse response) throws IOException {
        var filter = OrganisationSearch.Filter.of(q, type, sector, status);
        response.setContentType("text/csv; charset=UTF-8");
        attachment(response, "csv");
        OrganisationExport.writeCsv(search.matching(filter), new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
    }

    @GetMapping("/organisations/export.xlsx")
    @PreAuthorize(Rule.Allowed.READS_ACROSS)
    void xlsx(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
            @RequestParam(required = false) String sector, @RequestParam(required = false) String status,
            HttpServletResponse response) throws IOException {
        var filter = OrganisationSearch.Filter.of(q, type, sector, status);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        attachment(response, "xlsx");
        OrganisationExport.writeXlsx(search.matching(filter), response.getOutputStream());
    }

    private void attachment(HttpServletResponse response, String extension) {
        String name = "organisations-" + LocalDate.now(clock) + "." + extension;
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString());
    }
}
