package app.lantern.shared;

/**
 * Whether this instance loads and advertises the fictional demo partnership. The sign-in page
 * lists the demo accounts only when this is on.
 */
public record DemoMode(boolean enabled) {
}
