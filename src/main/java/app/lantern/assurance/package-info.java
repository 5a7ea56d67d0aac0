/**
 * Quality assurance: Section 11 and section 175 audits, multi-agency case audits, inspections and
 * scrutiny reviews. Today it holds only the kinds of source these raise actions from, so the
 * business unit can record their actions in the tracker by hand; the audits themselves come next.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Quality assurance",
        allowedDependencies = { "shared", "actions" })
package app.lantern.assurance;
