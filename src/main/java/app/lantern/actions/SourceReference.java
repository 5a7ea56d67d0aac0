package app.lantern.actions;

import java.util.Objects;

/**
 * Where an action came from: the kind of source, the source's own id (as text, since each module
 * has its own ids), a title people recognise ("Priority 2, objective 2.1: …", "Rapid review RR-2023-02")
 * and the path of the source's page in Lantern, which the action links back to.
 */
public record SourceReference(SourceKind kind, String sourceId, String title, String path) {

    public SourceReference {
        Objects.requireNonNull(kind, "kind");
        if (sourceId == null || sourceId.isBlank()) throw new IllegalArgumentException("A source reference needs the source's id");
        if (title == null || title.isBlank()) throw new IllegalArgumentException("A source reference needs a title");
        if (path != null && !path.startsWith("/")) throw new IllegalArgumentException("A source path is a path within Lantern, starting with /");
    }
}
