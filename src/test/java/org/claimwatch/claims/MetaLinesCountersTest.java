package org.claimwatch.claims;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Counters written label first ("Comments (12)", "Votes: 1,234") tick like "12 comments". Written before the change. */
class MetaLinesCountersTest {

    @ParameterizedTest
    @ValueSource(strings = {"Comments (12)", "Votes: 1,234", "Replies (3)", "Shares: 1.2k", "Likes (1,024)",
            "Views (15,302)", "Comments: 12 | Shares: 4"})
    void aLabelledCounterIsMetadata(String line) {
        assertThat(MetaLines.is(line)).as(line).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"The bill passed with 1,234 votes.", "Comments (12) were received from residents.",
            "Votes: 1,234 for the motion and 980 against."})
    void aSentenceWithACountIsProse(String line) {
        assertThat(MetaLines.is(line)).as(line).isFalse();
    }
}
