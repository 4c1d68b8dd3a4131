package org.claimwatch.diff;

import org.claimwatch.claims.Claims;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sentence that opens with "By" and a capital ("By Tuesday evening the death toll had risen to 43.") is news, not
 * a byline: its figure alerts. A byline of names still moves silently. Written before the rule changed, from a miss
 * found while checking an outside author's corpus.
 */
class BylineShapedSentencesTest {

    private static final String HEAD = "The council approved the new bridge on a vote of seven to two.\n\n";

    private static boolean alerts(String before, String after) {
        return VersionDiff.compare(Claims.analyze(HEAD + before, null), Claims.analyze(HEAD + after, null))
                .significant();
    }

    @Test
    void aSentenceThatOpensWithByAndADateIsNews() {
        assertThat(alerts("By Tuesday evening the death toll had risen to 43.",
                "By Tuesday evening the death toll had risen to 45.")).isTrue();
        assertThat(alerts("By Monday, 4,312 people had been evacuated from the coast.",
                "By Monday, 5,870 people had been evacuated from the coast.")).isTrue();
        assertThat(alerts("By March the company had cut 1,200 jobs.", "By March the company had cut 1,500 jobs."))
                .isTrue();
    }

    @Test
    void aBylineOfNamesMovesSilently() {
        assertThat(alerts("By Jane Doe and Tom Price", "By Jane Doe, Tom Price and Ana Ruiz")).isFalse();
        assertThat(alerts("By Jane Doe in London", "By Jane Doe in Paris")).isFalse();
    }
}
