/**
 * Web: the page layout every module's templates share (GOV.UK Frontend header with the service
 * name and partnership, navigation by area, signed-in person, skip link, footer), GOV.UK
 * component fragments and the ordering of their error messages, the stylesheet with Arial
 * instead of GDS Transport, the home page and the areas' pages, and the 403, 404 and error pages.
 * The navigation, the home page's cards and its statutory clocks are whatever modules contribute
 * through the contracts in {@code shared}, each shown only to the roles it names: web depends on
 * no business module. No business rules live here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web layout",
        allowedDependencies = { "shared", "identity" })
package app.lantern.web;
