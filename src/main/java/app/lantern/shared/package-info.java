/**
 * The shared kernel every module may use: the reporting year (April to March), roles and the
 * named access rules ({@link app.lantern.shared.Rule}), working-day arithmetic, Lantern's
 * configuration properties, the embedded database that lets one command run Lantern on a bare
 * machine, helpers for forms (values, dates, edit conflicts), paging and safe spreadsheet cells,
 * and the contracts modules plug in through: {@link app.lantern.shared.Navigation},
 * {@link app.lantern.shared.HomeCards}, {@link app.lantern.shared.StatutoryClocks} and
 * {@link app.lantern.shared.YearlyFacts} (see docs/adding-a-module.md). It holds no business rules
 * of any one module and depends on none.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package app.lantern.shared;
