package org.claimwatch.clean;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class WordGateTest {

    @Test
    void setsTheBitOfEveryListWithAWordInTheText() {
        WordGate gate = WordGate.of(List.of(new String[] {"he", "hers"}, new String[] {"she"},
                new String[] {"his", "our "}, new String[] {"déjà", "kündbar"}));
        assertThat(gate.scan("ushers")).isEqualTo(0b011L); // "she" and "he" overlap, "hers" too
        assertThat(gate.scan("this is ours")).isEqualTo(0b100L);
        assertThat(gate.scan("jederzeit kündbar")).isEqualTo(0b1000L);
        assertThat(gate.scan("nothing here at all")).isEqualTo(0b001L); // "here" holds "he"
        assertThat(gate.scan("xyz")).isZero();
        assertThat(gate.scan("")).isZero();
    }

    /** The gate reads accents folded and wide scripts as one character: it may open more often, never less. */
    @Test
    void foldsAccentsAndWideScripts() {
        WordGate gate = WordGate.of(List.of(new String[] {"déjà"}, new String[] {"记者"}));
        assertThat(gate.scan("deja vu")).isEqualTo(0b01L);
        assertThat(gate.scan("déjà vu")).isEqualTo(0b01L);
        assertThat(gate.scan("新闻记者")).isEqualTo(0b10L);
        assertThat(gate.scan("plain text")).isZero();
    }

    private static String fold(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(WordGate.fold(c));
        }
        return b.toString();
    }

    @Test
    void answersAsAScanPerWordDoesOnRandomText() {
        Random r = new Random(7);
        String alphabet = "abcde fé";
        List<String[]> lists = List.of(new String[] {"ab", "bca", "e f"}, new String[] {"cc", "a"},
                new String[] {"dé", "fé e", "abcab"}, new String[] {"ddd"});
        WordGate gate = WordGate.of(lists);
        for (int k = 0; k < 2000; k++) {
            StringBuilder b = new StringBuilder();
            for (int i = r.nextInt(30); i > 0; i--) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String text = b.toString();
            long expected = 0;
            for (int l = 0; l < lists.size(); l++) {
                String[] words = java.util.Arrays.stream(lists.get(l)).map(WordGateTest::fold).toArray(String[]::new);
                if (LineRules.hasAny(fold(text), words)) {
                    expected |= 1L << l;
                }
            }
            assertThat(gate.scan(text)).as(text).isEqualTo(expected);
            long exact = 0;
            for (int l = 0; l < lists.size(); l++) {
                exact |= LineRules.hasAny(text, lists.get(l)) ? 1L << l : 0;
            }
            assertThat(gate.scan(text) & exact).as(text).isEqualTo(exact); // never closed where a word is

        }
    }
}
