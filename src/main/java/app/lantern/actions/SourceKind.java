package app.lantern.actions;

import app.lantern.shared.Labelled;

/**
 * A kind of source that raises actions ("Case review", "Business plan"). The tracker knows none of
 * them: each module that raises actions registers its kinds as an {@link ActionSource}.
 *
 * @param code  stored with each action; capitals, digits and underscores
 * @param label what people read
 */
public record SourceKind(String code, String label) implements Labelled {

    public SourceKind {
        if (code == null || !code.matches("[A-Z][A-Z0-9_]{0,39}")) throw new IllegalArgumentException("A source kind's code is in capitals: " + code);
        if (label == null || label.isBlank()) throw new IllegalArgumentException("A source kind needs a label");
    }
}
