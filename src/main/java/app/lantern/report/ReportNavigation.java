package app.lantern.report;

import java.util.List;

import org.springframework.stereotype.Component;

import app.lantern.shared.Area;
import app.lantern.shared.Navigation;
import app.lantern.shared.NavigationEntry;
import app.lantern.shared.Rule;

/** The report module's places in the navigation: the draft for those who read it; published reports for everyone. */
@Component
class ReportNavigation implements Navigation {

    @Override
    public List<NavigationEntry> entries() {
        return List.of(
                new NavigationEntry(Area.REPORTING, 10, "Yearly report drafts", "/yearly-report",
                        "write, comment on, sign off and publish the year's report", Rule.READS_REPORT_DRAFT),
                new NavigationEntry(Area.REPORTING, 20, "Published reports", "/reports",
                        "every published yearly report, for anyone to read", Rule.SIGNED_IN));
    }
}
