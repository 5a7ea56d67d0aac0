/**
 * The shared kernel every module may use: the reporting year (April to March), the clock,
 * Lantern's configuration properties, the embedded database that lets one command run Lantern
 * on a bare machine, and small helpers for validation, paging and safe spreadsheet cells.
 * It holds no business rules of any one module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package app.lantern.shared;
