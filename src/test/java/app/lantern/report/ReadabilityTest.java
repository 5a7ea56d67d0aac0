package app.lantern.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadabilityTest {

    @Test
    void shortPlainSentencesReadYoungerThanLongLatinateOnes() {
        var easy = Readability.of("We met you. You told us what you think. We changed the way we work. Now you can talk to us.");
        var hard = Readability.of("The safeguarding partnership's multi-agency arrangements demonstrated considerable organisational "
                + "effectiveness notwithstanding significant operational complexity and intensified statutory accountability.");
        assertThat(easy.age()).isBetween(5, 9);
        assertThat(hard.age()).isGreaterThan(17);
        assertThat(easy.sentences()).isEqualTo(4);
        assertThat(easy.words()).isEqualTo(21);
    }

    @Test
    void syllablesAreCountedByVowelGroups() {
        assertThat(Readability.syllables("child")).isEqualTo(1);
        assertThat(Readability.syllables("families")).isEqualTo(3);
        assertThat(Readability.syllables("make")).isEqualTo(1);
        assertThat(Readability.syllables("little")).isEqualTo(2);
    }

    @Test
    void nothingToReadSaysSo() {
        assertThat(Readability.of("  ").describe()).isEqualTo("Nothing to read yet");
        assertThat(Readability.of("We met.").describe()).startsWith("Reading age ");
    }
}
