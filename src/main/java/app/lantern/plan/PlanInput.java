package app.lantern.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cleans and checks what people type before it is stored: trims it, drops NUL characters (which
 * PostgreSQL cannot store) and refuses what is missing or too long, with a message for the person.
 * The forms check the same first, so these refusals are a safety net for other callers.
 */
final class PlanInput {

    static final int TITLE_MAX = 200;
    static final int SUMMARY_MAX = 4000;
    static final int WHY_MAX = 4000;
    static final int LEAD_MAX = 200;
    static final int OBJECTIVE_MAX = 250;
    static final int DIFFERENCE_MAX = 2000;
    static final int ACHIEVEMENT_MAX = 300;

    /** Ticks, bullets and dashes people paste in front of achievements: the page adds its own tick. */
    private static final Pattern MARKER = Pattern.compile("^[✓✔☑•·*\\-–—]+\\s*");

    private PlanInput() {
    }

    static PlanDetails plan(PlanDetails d) {
        if (d.firstYear() == null) throw new IllegalArgumentException("Enter the first reporting year the plan covers");
        if (d.years() < 1 || d.years() > PlanYears.MAX_YEARS)
            throw new IllegalArgumentException("A plan covers from 1 to " + PlanYears.MAX_YEARS + " years");
        return new PlanDetails(required(d.title(), TITLE_MAX, "the plan's title"), d.firstYear(), d.years(),
                optional(d.summary(), SUMMARY_MAX, "The summary"));
    }

    static PriorityDetails priority(PriorityDetails d) {
        return new PriorityDetails(required(d.title(), TITLE_MAX, "the priority's title"),
                required(d.whyItMatters(), WHY_MAX, "why the priority matters"), required(d.lead(), LEAD_MAX, "who leads the priority"));
    }

    static ObjectiveDetails objective(ObjectiveDetails d) {
        return new ObjectiveDetails(required(d.title(), OBJECTIVE_MAX, "the objective"),
                required(d.difference(), DIFFERENCE_MAX, "what difference children will see"));
    }

    /** Text that must be there: "Enter the priority's title" when it is not. */
    static String required(String s, int max, String what) {
        String c = clean(s);
        if (c == null || c.isEmpty()) throw new IllegalArgumentException("Enter " + what);
        if (c.length() > max) throw new IllegalArgumentException(capitalise(what) + " must be " + max + " characters or less");
        return c;
    }

    /** Text that may be left out (then null). */
    static String optional(String s, int max, String what) {
        String c = clean(s);
        if (c == null || c.isEmpty()) return null;
        if (c.length() > max) throw new IllegalArgumentException(what + " must be " + max + " characters or less");
        return c;
    }

    /** One achievement a line: blank lines dropped, leading ticks and bullets removed. */
    static List<String> achievements(List<String> lines) {
        var result = new ArrayList<String>();
        for (String line : lines) {
            String c = clean(line);
            if (c == null) continue;
            c = MARKER.matcher(c).replaceFirst("").strip();
            if (c.isEmpty()) continue;
            if (c.length() > ACHIEVEMENT_MAX)
                throw new IllegalArgumentException("Achievement " + (result.size() + 1) + " must be " + ACHIEVEMENT_MAX + " characters or less");
            result.add(c);
        }
        return result;
    }

    /** Splits a text area into lines, whatever the line endings. */
    static List<String> lines(String text) {
        if (text == null) return List.of();
        return List.of(text.split("\\R"));
    }

    static String clean(String s) {
        return s == null ? null : s.replace("\u0000", "").strip();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
