/**
 * Demo data: the fictional Eastmere Safeguarding Children Partnership, loaded through each
 * module's public API on the first start of an empty database when {@code lantern.demo-data} is
 * on (by default, only with the embedded database). Every name, code and address is invented.
 * Nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Eastmere demo data",
        allowedDependencies = { "shared", "identity", "actions", "assurance", "partnership", "plan", "reviews" })
package app.lantern.demo;
