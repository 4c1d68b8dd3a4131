package org.claimwatch.clean;

import org.claimwatch.clean.bench.TextScores;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TextScoresTest {

    @Test
    void wordF1IsBagOfWordsOverlapIgnoringCase() {
        TextScores.Prf s = TextScores.words("The cat sat", "the cat sat on the mat");
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void shinglesAreCaseSensitiveFourTokenRuns() {
        TextScores.Prf s = TextScores.shingles("a b c d e", "A b c d e");
        assertThat(s.precision()).isCloseTo(0.5, within(1e-9));
        assertThat(s.recall()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void snippetsMatchIgnoringCaseSpacingAndQuoteStyle() {
        String text = TextScores.normalize("He said  \u201cno\u201d to\nthe PLAN.");
        assertThat(TextScores.contains(text, "said \"no\" to the plan")).isTrue();
        assertThat(TextScores.contains(text, "said yes")).isFalse();
    }

    @Test
    void snippetsMatchIgnoringDashStyleAndTheSpacesAroundDashes() {
        String text = TextScores.normalize("The model is blind\u2014it can\u2019t see an 8\u2010year warranty.");
        assertThat(TextScores.contains(text, "blind-it can't see an 8-year warranty")).isTrue();
        assertThat(TextScores.contains(text, "blind - it")).isTrue();
        assertThat(TextScores.contains(text, "blindit")).isFalse();
    }

    @Test
    void snippetsMatchIgnoringSpacesBeforeClosingPunctuationAndInsideBrackets() {
        String text = TextScores.normalize("Only Apple makes iPhones. Bird's Nest Fern (Asplenium nidus): low light.");
        assertThat(TextScores.contains(text, "Only Apple makes iPhones .")).isTrue();
        assertThat(TextScores.contains(text, "Bird's Nest Fern ( Asplenium nidus ): low")).isTrue();
        assertThat(TextScores.contains(text, "makes iPhones, Apple")).isFalse();
    }

    @Test
    void strictMatchingIsThePublishedScorersLowerCasedSubstring() {
        String lower = "he said \u201cno\u201d to the plan.";
        assertThat(TextScores.containsStrict(lower, "Said \u201cNo\u201d")).isTrue();
        assertThat(TextScores.containsStrict(lower, "said \"no\"")).isFalse();
    }

    @Test
    void wordBoundarySnippetsDoNotMatchInsideLongerWords() {
        String text = TextScores.normalize("Our home renovation guide. Go home.");
        assertThat(TextScores.contains(text, "Home re")).isTrue();
        assertThat(TextScores.containsWords(text, "Home re")).isFalse();
        assertThat(TextScores.containsWords(text, "Go Home")).isTrue();
        assertThat(TextScores.containsWords(TextScores.normalize("homeowners"), "Home")).isFalse();
    }
}
