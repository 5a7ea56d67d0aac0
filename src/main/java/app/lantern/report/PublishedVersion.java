package app.lantern.report;

import java.time.Instant;
import java.util.List;

import app.lantern.shared.ReportingYear;

/**
 * A published version of a yearly report: frozen when it was published, never changed after.
 *
 * @param signedBy who signed it off, as printed ("Name, job title, for the police")
 */
record PublishedVersion(long id, ReportingYear year, int number, Instant publishedAt, String changeNote, String signedBy,
        List<Page> chapters) {

    /** One chapter as published: its address, title and frozen HTML. */
    record Page(int position, String slug, String title, String html) {
    }

    public String path() {
        return "/reports/" + year.slug() + "/v" + number;
    }
}
