package app.lantern.plan;

import app.lantern.shared.ReportingYear;

/** A plan's own details: its title, the reporting years it covers (from {@code firstYear}, {@code years} of them) and an optional summary. */
public record PlanDetails(String title, ReportingYear firstYear, int years, String summary) {
}
