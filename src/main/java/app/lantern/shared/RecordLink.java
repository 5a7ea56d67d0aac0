package app.lantern.shared;

/** A record a figure counts, as a person would name it, and its page in Lantern (null when it has none). */
public record RecordLink(String label, String path) {
}
