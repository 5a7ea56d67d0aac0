package app.lantern.notify;

/**
 * An email to one person: their address and name, a subject line and a plain-text body.
 * Line breaks in the name and subject (which would end a mail header) become spaces.
 */
public record OutgoingEmail(String toAddress, String toName, String subject, String body) {

    static final int MAX_SUBJECT = 300;
    static final int MAX_NAME = 200;
    static final int MAX_ADDRESS = 320;

    public OutgoingEmail {
        if (toAddress == null || toAddress.isBlank() || !toAddress.contains("@"))
            throw new IllegalArgumentException("An email needs the recipient's address");
        if (subject == null || subject.isBlank()) throw new IllegalArgumentException("An email needs a subject");
        if (body == null || body.isBlank()) throw new IllegalArgumentException("An email needs a body");
        toAddress = toAddress.strip();
        if (toAddress.length() > MAX_ADDRESS || toAddress.chars().anyMatch(Character::isWhitespace))
            throw new IllegalArgumentException("Not an email address: " + toAddress);
        toName = toName == null || toName.isBlank() ? null : shorten(oneLine(toName), MAX_NAME);
        subject = shorten(oneLine(subject), MAX_SUBJECT);
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n\\t]+", " ").strip();
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
