package app.lantern.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.regex.Pattern;

import app.lantern.actions.ActionSummary;
import app.lantern.actions.SourceReference;

/**
 * The plan's rules that need no database: numbering, what must be true before approval, which
 * actions move to the next plan, and how an objective is named to the action tracker.
 */
final class PlanRules {

    /** The tracker keeps source titles of at most this many characters. */
    static final int SOURCE_TITLE_MAX = 300;

    private static final Pattern SOURCE_ID = Pattern.compile("objective-(\\d{1,18})");

    private PlanRules() {
    }

    // ---- numbering ----------------------------------------------------------------------------

    /** A new priority or objective goes at the end: one more than the highest number so far. */
    static int nextNumber(List<Integer> numbers) {
        return numbers.stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
    }

    /**
     * After one is removed the rest close up, keeping their order: numbers 1, 2, 4, 5 become
     * 1, 2, 3, 4. Returns the new numbers in the order given (which must be by current number).
     */
    static List<Integer> closeUp(List<Integer> numbersInOrder) {
        var sorted = new ArrayList<>(numbersInOrder);
        sorted.sort(null);
        if (!sorted.equals(numbersInOrder)) throw new IllegalArgumentException("Numbers must be given in order");
        var renumbered = new ArrayList<Integer>();
        for (int i = 0; i < numbersInOrder.size(); i++) renumbered.add(i + 1);
        return renumbered;
    }

    /** Objective 1 of priority 2 is "2.1". */
    static String objectiveLabel(int priorityNumber, int objectiveNumber) {
        return priorityNumber + "." + objectiveNumber;
    }

    // ---- approval -----------------------------------------------------------------------------

    /** A priority as approval looks at it: its number and how many objectives it has. */
    record Outline(int number, int objectives) {
    }

    /**
     * Why the plan cannot be approved yet, as messages for the person approving; empty when it can.
     * A plan needs at least one priority, and every priority at least one objective (a priority
     * with nothing to achieve is not yet a plan).
     */
    static List<String> approvalProblems(List<Outline> priorities) {
        var problems = new ArrayList<String>();
        if (priorities.isEmpty()) {
            problems.add("Add at least one priority before the plan is approved");
            return problems;
        }
        for (var p : priorities) {
            if (p.objectives() == 0) problems.add("Priority " + p.number() + " needs at least one objective before the plan is approved");
        }
        return problems;
    }

    // ---- carrying forward ---------------------------------------------------------------------

    /**
     * The actions that move to the next plan: those still open (not started or in progress).
     * Completed and closed actions stay with the plan they belonged to, as its record.
     */
    static List<Long> toCarryForward(List<ActionSummary> actions) {
        return actions.stream().filter(a -> a.status().open()).map(ActionSummary::id).toList();
    }

    // ---- the tracker's reference --------------------------------------------------------------

    /** The tracker's source id for an objective: "objective-42". Stable: it never changes with numbering or titles. */
    static String sourceId(long objectiveId) {
        return "objective-" + objectiveId;
    }

    static OptionalLong objectiveId(String sourceId) {
        var m = SOURCE_ID.matcher(sourceId == null ? "" : sourceId);
        return m.matches() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }

    /** "Priority 2, objective 2.1: Learning reaches front-line staff", cut to what the tracker keeps. */
    static String sourceTitle(int priorityNumber, int objectiveNumber, String title) {
        String full = "Priority " + priorityNumber + ", objective " + objectiveLabel(priorityNumber, objectiveNumber) + ": " + title;
        return full.length() <= SOURCE_TITLE_MAX ? full : full.substring(0, SOURCE_TITLE_MAX - 1) + "…";
    }

    static SourceReference source(long planId, long objectiveId, int priorityNumber, int objectiveNumber, String title) {
        return new SourceReference(PlanActionSource.BUSINESS_PLAN, sourceId(objectiveId), sourceTitle(priorityNumber, objectiveNumber, title),
                "/plan/" + planId + "#objective-" + objectiveId);
    }

    // ---- describing changes -------------------------------------------------------------------

    /** One field before and after, with the name people know it by. */
    record Field(String name, String before, String after) {
    }

    /**
     * What changed, for a revision's history: "Priority 2: title “A” → “B”; lead “C” → “D”", or
     * null when nothing did. Long texts are shortened; the activity log keeps them whole.
     */
    static String describeChange(String what, List<Field> fields) {
        var parts = new ArrayList<String>();
        for (var f : fields) {
            if (Objects.equals(blankToNull(f.before()), blankToNull(f.after()))) continue;
            parts.add(f.name() + " " + quote(f.before()) + " → " + quote(f.after()));
        }
        return parts.isEmpty() ? null : what + ": " + String.join("; ", parts);
    }

    private static String quote(String s) {
        if (s == null || s.isBlank()) return "(none)";
        String t = s.strip();
        return "“" + (t.length() <= 150 ? t : t.substring(0, 149) + "…") + "”";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
