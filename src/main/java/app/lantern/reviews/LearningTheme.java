package app.lantern.reviews;

import app.lantern.shared.Labelled;

/** The themes learning points are counted under in the yearly figures. */
public enum LearningTheme implements Labelled {
    NEGLECT("Neglect"),
    EXPLOITATION("Exploitation"),
    INFORMATION_SHARING("Information sharing"),
    VOICE_OF_THE_CHILD("Voice of the child"),
    PROFESSIONAL_CURIOSITY("Professional curiosity"),
    ESCALATION("Escalation"),
    OTHER("Other");

    private final String label;

    LearningTheme(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
