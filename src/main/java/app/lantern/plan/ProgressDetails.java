package app.lantern.plan;

import java.util.List;

/** Progress against a priority in a year: what it achieved, a line each, and the narrative. */
public record ProgressDetails(String narrative, List<String> achievements) {

    public ProgressDetails {
        achievements = achievements == null ? List.of() : List.copyOf(achievements);
    }
}
