package app.lantern.report;

import java.time.Instant;

import app.lantern.shared.ReportingYear;

/**
 * The yearly report of one reporting year, as the draft stands.
 *
 * @param revision bumped by every change to the draft; a sign-off holds for the revision it was given on
 * @param leads    the three lead safeguarding partners named on the report (account ids, null until named)
 */
record Report(long id, ReportingYear year, Leads leads, int revision, String childrenText, Instant createdAt, long version) {

    record Leads(Long localAuthority, Long police, Long icb) {

        public Long of(Partner partner) {
            return switch (partner) {
                case LOCAL_AUTHORITY -> localAuthority;
                case POLICE -> police;
                case ICB -> icb;
            };
        }
    }

    /** The report's address for those who may read the draft. */
    public String path() {
        return "/yearly-report/" + year.slug();
    }
}
