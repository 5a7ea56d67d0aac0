/**
 * Identity: the people who sign in, the roles they hold, which organisation they work for, how
 * they sign in and out (Argon2id hashes, throttled failures, sessions that expire), and the
 * activity log of who viewed or changed what. {@link app.lantern.identity.Access} is the one way
 * every module decides access: it answers the named rules of {@link app.lantern.shared.Rule} for
 * the person in the security context (the only place a {@link app.lantern.identity.CurrentPerson}
 * is made) and logs refusals and restricted reads. Demo data acts as a named person through
 * {@link app.lantern.identity.RunAs}. Identity knows organisations only through the
 * {@link app.lantern.identity.OrganisationDirectory} that the partnership module provides.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and access",
        allowedDependencies = { "shared" })
package app.lantern.identity;
