/**
 * Web: the page layout every module's templates share (GOV.UK Frontend header with the service
 * name and partnership, navigation by area, signed-in person, skip link, footer), GOV.UK
 * component fragments and the ordering of their error messages, the stylesheet with Arial
 * instead of GDS Transport, the home page (the person's next meetings, from partnership) and
 * the 403, 404 and error pages. No business rules live here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web layout",
        allowedDependencies = { "shared", "identity" })
package app.lantern.web;
