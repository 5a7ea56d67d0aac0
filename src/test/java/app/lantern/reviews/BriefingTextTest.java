package app.lantern.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BriefingTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Harbour: seeing the baby behind the moves | harbour-seeing-the-baby-behind-the-moves",
            "  Neglect & drift  | neglect-and-drift",
            "Łódź – café société: 2023–24 | odz-cafe-societe-2023-24",
            "Child W (Eastmere) | child-w-eastmere",
            "<script>alert(1)</script> | script-alert-1-script",
            "'''!!!''' | briefing",
            "张三 | briefing",
    })
    void slug_is_lower_case_ascii_words_joined_by_hyphens(String title, String slug) {
        assertThat(BriefingText.slug(title)).isEqualTo(slug);
        assertThat(BriefingText.plausibleSlug(slug)).isTrue();
    }

    @Test
    void a_long_title_is_cut_at_a_word_within_the_limit() {
        String title = "Professional curiosity and respectful uncertainty when working with families where neglect is chronic and long standing";
        String slug = BriefingText.slug(title);
        assertThat(slug).hasSizeLessThanOrEqualTo(BriefingText.MAX_SLUG).doesNotEndWith("-")
                .isEqualTo("professional-curiosity-and-respectful-uncertainty-when-working-with-families");
        assertThat(BriefingText.slug("x".repeat(200))).hasSize(BriefingText.MAX_SLUG);
    }

    @Test
    void later_briefings_with_the_same_title_are_numbered() {
        assertThat(BriefingText.numbered("harbour", 1)).isEqualTo("harbour");
        assertThat(BriefingText.numbered("harbour", 2)).isEqualTo("harbour-2");
    }

    @Test
    void hostile_addresses_are_not_plausible_slugs() {
        assertThat(BriefingText.plausibleSlug("abc")).isTrue();
        assertThat(BriefingText.plausibleSlug("Abc")).isFalse();
        assertThat(BriefingText.plausibleSlug("a--b")).isFalse();
        assertThat(BriefingText.plausibleSlug("-a")).isFalse();
        assertThat(BriefingText.plausibleSlug("😀")).isFalse();
        assertThat(BriefingText.plausibleSlug("x".repeat(200))).isFalse();
        assertThat(BriefingText.plausibleSlug(null)).isFalse();
    }

    @Test
    void lines_become_paragraphs_and_dashed_lines_bullet_lists() {
        var blocks = BriefingText.blocks("First paragraph.\r\nSecond <b>paragraph</b>.\n\n- one\n* two\n• three\nAfter the list.\n-not a bullet");
        assertThat(blocks).containsExactly(
                new BriefingText.Block(false, List.of("First paragraph.")),
                new BriefingText.Block(false, List.of("Second <b>paragraph</b>.")),
                new BriefingText.Block(true, List.of("one", "two", "three")),
                new BriefingText.Block(false, List.of("After the list.")),
                new BriefingText.Block(false, List.of("-not a bullet")));
    }

    @Test
    void a_blank_line_splits_two_lists() {
        assertThat(BriefingText.blocks("- a\n\n- b")).containsExactly(
                new BriefingText.Block(true, List.of("a")), new BriefingText.Block(true, List.of("b")));
    }

    @Test
    void normalising_unifies_line_breaks_and_trims_edges() {
        assertThat(BriefingText.normalise("  \r\nOne  \r\nTwo\rThree\n\n")).isEqualTo("One\nTwo\nThree");
        assertThat(BriefingText.normalise(null)).isEmpty();
        assertThat(BriefingText.lineCount("a\n\n b \n\nc")).isEqualTo(3);
    }
}
