/**
 * The yearly report: written in Lantern from live figures, signed off by the three lead
 * safeguarding partners and published as accessible web pages and a PDF/UA document.
 *
 * <p>The report reads every module's {@link app.lantern.shared.YearlyFacts} for a reporting year
 * ({@link app.lantern.report.ReportFigures}) and knows none of them by name; nothing but the demo
 * data depends on this module. A draft ({@code /yearly-report/{year}}) is chapters of parts: narrative in a small
 * formatting language ({@code ReportText}), live figure blocks, case studies, voices of children and
 * families, and context figures. Every change to the draft withdraws the sign-offs given before it.
 * Publishing freezes a version (its chapters' HTML and its PDF are stored and never recomputed) at
 * the public {@code /reports/{year}}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Yearly report", allowedDependencies = { "shared", "identity", "calendar" })
package app.lantern.report;
