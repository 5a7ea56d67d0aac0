/**
 * Email: every email Lantern sends goes through {@link app.lantern.notify.Mailer}, which writes
 * it to an outbox table in the caller's transaction, so a change that rolls back sends nothing.
 * A scheduled sender hands queued emails to the mail server when one is configured
 * ({@code spring.mail.host}), retrying failures a few times; without one, emails are kept in the
 * outbox, marked as not sent. Administrators read the outbox in the app, which is also how the
 * demo partnership shows the emails it would send.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Email",
        allowedDependencies = { "shared", "identity" })
package app.lantern.notify;
