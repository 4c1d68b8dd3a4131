package org.claimwatch.diff;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The linear test for "at most one edit" answers as the full edit distance does. */
class OneEditTest {

    @Test
    void oneInsertionDeletionSubstitutionOrSwap() {
        assertThat(Noise.withinOneEdit("confirmed", "confirmed")).isTrue();
        assertThat(Noise.withinOneEdit("confirmed", "confrimed")).isTrue();
        assertThat(Noise.withinOneEdit("alleged", "allgeed")).isTrue();
        assertThat(Noise.withinOneEdit("said", "sad")).isTrue();
        assertThat(Noise.withinOneEdit("sad", "said")).isTrue();
        assertThat(Noise.withinOneEdit("would", "could")).isTrue();
        assertThat(Noise.withinOneEdit("ab", "ba")).isTrue();
        assertThat(Noise.withinOneEdit("", "a")).isTrue();
        assertThat(Noise.withinOneEdit("abc", "cab")).isFalse();
        assertThat(Noise.withinOneEdit("abcd", "badc")).isFalse();
        assertThat(Noise.withinOneEdit("reported", "reputed")).isFalse();
        assertThat(Noise.withinOneEdit("claimed", "claim")).isFalse();
        assertThat(Noise.withinOneEdit("believed", "relieved")).isTrue();
        assertThat(Noise.withinOneEdit("denied", "dened")).isTrue();
        assertThat(Noise.withinOneEdit("denied", "deined")).isTrue();
        assertThat(Noise.withinOneEdit("denied", "dineed")).isFalse();
    }

    @Test
    void agreesWithTheEditDistanceOnTheHedgeAndCueWordsAndTheirSlips() {
        List<String> words = new ArrayList<>(Lexicon.HEDGES.keySet());
        words.addAll(Lexicon.CUES);
        words.addAll(List.of("allgeed", "confrimed", "reproted", "sadi", "beleived", "apparenty", "possibley", "a", ""));
        int ones = 0;
        for (String x : words) {
            for (String y : words) {
                boolean one = Noise.distance(x, y) <= 1;
                assertThat(Noise.withinOneEdit(x, y)).as(x + " / " + y).isEqualTo(one);
                ones += one ? 1 : 0;
            }
        }
        assertThat(ones).isGreaterThan(words.size());
    }
}
