package app.lantern.actions;

import java.io.BufferedWriter;
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

import app.lantern.shared.Rule;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The actions list's filters as CSV or XLSX, streamed: the file is written while the rows are
 * read, so 100,000 actions never sit in memory at once. Everyone who can see the list can export it.
 */
@Controller
class ActionExportController {

    private final ActionExport export;
    private final Clock clock;

    private final ActionSources sources;

    ActionExportController(ActionExport export, Clock clock, ActionSources sources) {
        this.sources = sources;
        this.export = export;
        this.clock = clock;
    }

    @GetMapping("/actions/export.csv")
    @PreAuthorize(Rule.Allowed.SIGNED_IN)
    void csv(@RequestParam(required = false) String q, @RequestParam(required = false) String source,
            @RequestParam(required = false) String owner, @RequestParam(required = false) String status,
            @RequestParam(required = false) String rag, @RequestParam(required = false) String overdue,
            @RequestParam(required = false) String dueSoon, HttpServletResponse response) throws IOException {
        var filter = ActionFilter.of(q, sources.registered(source), owner, status, rag, overdue, dueSoon);
        LocalDate today = LocalDate.now(clock);
        response.setContentType("text/csv; charset=UTF-8");
        attachment(response, today, "csv");
        var writer = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 64 * 1024);
        export.export(filter, today, ActionExport.csv(writer));
        writer.flush();
    }

    @GetMapping("/actions/export.xlsx")
    @PreAuthorize(Rule.Allowed.SIGNED_IN)
    void xlsx(@RequestParam(required = false) String q, @RequestParam(required = false) String source,
            @RequestParam(required = false) String owner, @RequestParam(required = false) String status,
            @RequestParam(required = false) String rag, @RequestParam(required = false) String overdue,
            @RequestParam(required = false) String dueSoon, HttpServletResponse response) throws IOException {
        var filter = ActionFilter.of(q, sources.registered(source), owner, status, rag, overdue, dueSoon);
        LocalDate today = LocalDate.now(clock);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        attachment(response, today, "xlsx");
        var sink = new ActionExport.XlsxSink(response.getOutputStream());
        export.export(filter, today, sink);
        sink.finish();
    }

    private static void attachment(HttpServletResponse response, LocalDate today, String extension) {
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("actions-" + today + "." + extension).build().toString());
    }
}
