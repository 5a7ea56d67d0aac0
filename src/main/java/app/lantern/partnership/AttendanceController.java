package app.lantern.partnership;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.lantern.shared.Choice;
import app.lantern.shared.ReportingYear;
import app.lantern.shared.Rule;
import app.lantern.shared.SpreadsheetCells;

/** Attendance rates for a reporting year, per committee and per organisation, on screen and as CSV. */
@Controller
class AttendanceController {

    private final AttendanceService attendance;

    AttendanceController(AttendanceService attendance) {
        this.attendance = attendance;
    }

    record YearFilter(String year) {
    }

    @GetMapping("/attendance")
    @PreAuthorize(Rule.Allowed.SIGNED_IN)
    String rates(@RequestParam(required = false) String year, Model model) {
        var reportingYear = yearOrDefault(year);
        var years = new java.util.ArrayList<>(attendance.yearsWithMeetings());
        if (!years.contains(reportingYear)) years.add(reportingYear);
        years.sort(java.util.Comparator.reverseOrder());
        model.addAttribute("facts", attendance.attendanceFor(reportingYear));
        model.addAttribute("filter", new YearFilter(reportingYear.slug()));
        model.addAttribute("yearChoices", years.stream().map(y -> new Choice(y.slug(), y.label())).toList());
        return "partnership/attendance";
    }

    @GetMapping("/attendance/export.csv")
    @PreAuthorize(Rule.Allowed.SIGNED_IN)
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String year) throws IOException {
        var facts = attendance.attendanceFor(yearOrDefault(year));
        var out = new StringWriter();
        try (var csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            csv.printRecord("Reporting year", "Committee", "Organisation", "Meetings expected", "Meetings attended", "Attendance %");
            for (var c : facts.committees()) {
                for (var o : c.organisations()) {
                    csv.printRecord(facts.year().label(), SpreadsheetCells.neutralise(c.committeeName()),
                            SpreadsheetCells.neutralise(o.organisationName()), o.rate().expected(), o.rate().attended(), o.rate().percent());
                }
                csv.printRecord(facts.year().label(), SpreadsheetCells.neutralise(c.committeeName()), "All members",
                        c.members().expected(), c.members().attended(), c.members().percent());
            }
            for (var o : facts.organisations()) {
                csv.printRecord(facts.year().label(), "All committees", SpreadsheetCells.neutralise(o.organisationName()),
                        o.rate().expected(), o.rate().attended(), o.rate().percent());
            }
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("attendance-" + facts.year().slug() + ".csv").build().toString())
                .body(("\uFEFF" + out).getBytes(StandardCharsets.UTF_8));
    }

    private ReportingYear yearOrDefault(String year) {
        return ReportingYear.tryParse(year).orElseGet(attendance::defaultYear);
    }
}
