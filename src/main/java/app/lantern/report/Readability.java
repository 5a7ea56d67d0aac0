package app.lantern.report;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How hard a text is to read, as a reading age: the Flesch–Kincaid grade level (0.39 × words per
 * sentence + 11.8 × syllables per word − 15.59) plus 5, the age at which a child is in that US
 * grade. Syllables are counted by groups of vowels, less a silent final "e": close enough for
 * telling a writer that a paragraph reads like a contract.
 *
 * @param words     words counted
 * @param sentences sentences counted (at least one when there are words)
 * @param age       reading age in years, from 5; 0 when there is nothing to read
 */
record Readability(int words, int sentences, int age) {

    /** The reading age a summary for children and families should not go beyond (GOV.UK aims at about 9). */
    static final int FOR_CHILDREN = 11;

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(\\s|$)|\\n");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*|\\d[\\d,.]*");

    static Readability of(String plainText) {
        String text = plainText == null ? "" : plainText.strip();
        int words = 0;
        int syllables = 0;
        var m = WORD.matcher(text);
        while (m.find()) {
            words++;
            syllables += syllables(m.group());
        }
        if (words == 0) return new Readability(0, 0, 0);
        int sentences = 0;
        for (String s : SENTENCE_END.split(text)) if (WORD.matcher(s).find()) sentences++;
        sentences = Math.max(1, sentences);
        double grade = 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
        int age = (int) Math.round(Math.max(0, grade) + 5);
        return new Readability(words, sentences, age);
    }

    /** "Reading age 9: easy to read" and so on, for the editor. */
    public String describe() {
        if (words == 0) return "Nothing to read yet";
        String ease = age <= FOR_CHILDREN ? "easy to read" : age <= 14 ? "fairly easy to read" : age <= 17 ? "fairly hard to read"
                : "hard to read: try shorter sentences and words";
        return "Reading age " + age + ": " + ease;
    }

    static int syllables(String word) {
        String w = word.toLowerCase(Locale.UK).replaceAll("[^a-z]", "");
        if (w.isEmpty()) return 1; // a number is read as about one syllable a digit group
        int count = 0;
        boolean vowel = false;
        for (int i = 0; i < w.length(); i++) {
            boolean v = "aeiouy".indexOf(w.charAt(i)) >= 0;
            if (v && !vowel) count++;
            vowel = v;
        }
        if (w.length() > 2 && w.endsWith("e") && !w.endsWith("le") && !w.endsWith("ee") && count > 1) count--;
        return Math.max(1, count);
    }
}
