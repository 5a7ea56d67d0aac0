package app.lantern.actions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActionSearchTest {

    @Test
    void every_word_typed_becomes_the_start_of_a_word_that_must_appear() {
        assertThat(ActionStore.searchWords("Safeg  proto")).isEqualTo("safeg:* & proto:*");
        assertThat(ActionStore.searchWords("O'Brien's plan")).isEqualTo("o:* & brien:* & s:* & plan:*");
        assertThat(ActionStore.searchWords("Łódź 会议 ŵyl")).isEqualTo("łódź:* & 会议:* & ŵyl:*");
    }

    @Test
    void nothing_typed_can_change_the_query() {
        assertThat(ActionStore.searchWords("a & !b | (c) <-> d:*")).isEqualTo("a:* & b:* & c:* & d:*");
        assertThat(ActionStore.searchWords("'&|!()")).isEmpty();
    }
}
