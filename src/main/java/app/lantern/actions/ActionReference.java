package app.lantern.actions;

import java.util.OptionalLong;
import java.util.regex.Pattern;

/** The reference people quote for an action, A-0042, made from its id. */
final class ActionReference {

    private static final Pattern REFERENCE = Pattern.compile("(?i)\\s*A-?0*(\\d{1,15})\\s*");

    private ActionReference() {
    }

    static String of(long id) {
        return "A-" + String.format("%04d", id);
    }

    /** The action's page. */
    static String path(long id) {
        return "/actions/" + id;
    }

    /** The id in a reference someone typed ("A-0042", "a42"), if it is one. */
    static OptionalLong parse(String text) {
        if (text == null) return OptionalLong.empty();
        var m = REFERENCE.matcher(text);
        return m.matches() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }
}
