/**
 * Identity: the people who sign in, the roles they hold, which organisation they work for, how
 * they sign in and out (Argon2id hashes, throttled failures, sessions that expire), and the
 * activity log of who viewed or changed what. Other modules ask {@link app.lantern.identity.CurrentPerson}
 * who is asking and write to {@link app.lantern.identity.ActivityLog}; identity knows organisations
 * only through the {@link app.lantern.identity.OrganisationDirectory} that the partnership module provides.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and access",
        allowedDependencies = { "shared" })
package app.lantern.identity;
