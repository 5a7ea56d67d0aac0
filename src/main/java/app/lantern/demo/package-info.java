/**
 * Demo data: the fictional Eastmere Safeguarding Children Partnership, loaded through each
 * module's public API on the first start of an empty database when {@code lantern.demo-data} is
 * on (by default, only with the embedded database). Every date is counted from the reporting year
 * containing the day it loads ({@code DemoCalendar}), so the story — the current year and the three
 * complete years before it — is the same whenever it loads. Every name, code and address is invented.
 * Nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Eastmere demo data",
        allowedDependencies = { "shared", "identity", "actions", "assurance", "partnership", "plan", "report", "reviews" })
package app.lantern.demo;
