package org.claimwatch.diff;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The linear test for "at most one edit" answers as the full edit distance does. */
class OneEditTest {

    @Test
    void oneInsertionDeletionSubstitutionOrSwap() {
        assertThat(Typos.withinOneEdit("confirmed", "confirmed")).isTrue();
        assertThat(Typos.withinOneEdit("confirmed", "confrimed")).isTrue();
        assertThat(Typos.withinOneEdit("alleged", "allgeed")).isTrue();
        assertThat(Typos.withinOneEdit("said", "sad")).isTrue();
        assertThat(Typos.withinOneEdit("sad", "said")).isTrue();
        assertThat(Typos.withinOneEdit("would", "could")).isTrue();
        assertThat(Typos.withinOneEdit("ab", "ba")).isTrue();
        assertThat(Typos.withinOneEdit("", "a")).isTrue();
        assertThat(Typos.withinOneEdit("abc", "cab")).isFalse();
        assertThat(Typos.withinOneEdit("abcd", "badc")).isFalse();
        assertThat(Typos.withinOneEdit("reported", "reputed")).isFalse();
        assertThat(Typos.withinOneEdit("claimed", "claim")).isFalse();
        assertThat(Typos.withinOneEdit("believed", "relieved")).isTrue();
        assertThat(Typos.withinOneEdit("denied", "dened")).isTrue();
        assertThat(Typos.withinOneEdit("denied", "deined")).isTrue();
        assertThat(Typos.withinOneEdit("denied", "dineed")).isFalse();
    }

    @Test
    void agreesWithTheEditDistanceOnTheHedgeAndCueWordsAndTheirSlips() {
        List<String> words = new ArrayList<>(Lexicon.HEDGES.keySet());
        words.addAll(Lexicon.CUES);
        words.addAll(List.of("allgeed", "confrimed", "reproted", "sadi", "beleived", "apparenty", "possibley", "a", ""));
        int ones = 0;
        for (String x : words) {
            for (String y : words) {
                boolean one = Typos.distance(x, y) <= 1;
                assertThat(Typos.withinOneEdit(x, y)).as(x + " / " + y).isEqualTo(one);
                ones += one ? 1 : 0;
            }
        }
        assertThat(ones).isGreaterThan(words.size());
    }
}
