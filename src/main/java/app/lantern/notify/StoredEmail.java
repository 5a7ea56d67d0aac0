package app.lantern.notify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An email as the outbox holds it. */
record StoredEmail(long id, Instant createdAt, String toAddress, String toName, String subject, String body,
        EmailStatus status, String note, int attempts, Instant nextAttemptAt, String lastError, Instant sentAt) {

    /** "Name <address>", or the address alone. */
    public String recipient() {
        return toName == null ? toAddress : toName + " <" + toAddress + ">";
    }

    /** The body as paragraphs (split at blank lines), each a list of its lines, for showing on a page. */
    public List<List<String>> paragraphs() {
        var paragraphs = new ArrayList<List<String>>();
        for (String block : body.replace("\r\n", "\n").split("\n\\s*\n")) {
            if (block.isBlank()) continue;
            paragraphs.add(block.lines().map(String::stripTrailing).toList());
        }
        return paragraphs;
    }
}
