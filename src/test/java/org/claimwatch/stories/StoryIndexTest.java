package org.claimwatch.stories;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class StoryIndexTest {

    private static final String QATAR_A = "Qatar has told Hamas leaders to leave Doha after pressure from Washington."
            + " The Hamas political office in Doha may close, Qatari officials said, as mediation on Gaza stalls.";
    private static final String QATAR_B = "Hamas leaders have left Doha for Turkey. Qatar says the Hamas office in"
            + " Doha has not closed and that Gaza mediation is suspended, Majed Al Ansari said.";
    private static final String BAKING = "Sourdough bread needs a lively starter, flour, water and salt. Bakers in"
            + " Vermont proof the loaves overnight before baking them in a hot oven.";
    private static final LocalDate NOV_9 = LocalDate.of(2024, 11, 9);

    @Test
    void anArticleAboutTheSameEventJoinsTheStory() {
        StoryIndex index = StoryIndex.standard();
        index.add(1, 10, NOV_9, Stories.vector(QATAR_A));
        assertThat(index.match(Stories.vector(QATAR_B), NOV_9.plusDays(10))).get()
                .extracting(StoryMatch::storyId).isEqualTo(1L);
    }

    @Test
    void anUnrelatedArticleMatchesNoStory() {
        StoryIndex index = StoryIndex.standard();
        index.add(1, 10, NOV_9, Stories.vector(QATAR_A));
        assertThat(index.match(Stories.vector(BAKING), NOV_9)).isEmpty();
    }

    @Test
    void aStoryOutsideTheTimeWindowIsNotACandidate() {
        StoryIndex index = StoryIndex.standard();
        index.add(1, 10, NOV_9, Stories.vector(QATAR_A));
        assertThat(index.match(Stories.vector(QATAR_B), NOV_9.plusDays(30))).isEmpty();
    }

    @Test
    void aPinnedStoryStaysACandidateOutsideTheWindow() {
        StoryIndex index = StoryIndex.standard();
        index.add(1, 10, NOV_9, Stories.vector(QATAR_A));
        index.pin(1, true);
        assertThat(index.match(Stories.vector(QATAR_B), NOV_9.plusDays(30))).isPresent();
    }

    @Test
    void addingAnIndexedArticleAgainMovesIt() {
        StoryIndex index = StoryIndex.standard();
        TermVector a = Stories.vector(QATAR_A);
        index.add(1, 10, NOV_9, a);
        index.add(2, 10, NOV_9, a);
        assertThat(index.storyOf(10)).contains(2L);
        assertThat(index.size()).isEqualTo(1);
    }

    @Test
    void namesWeighMoreThanOrdinaryWords() {
        TermVector v = TermVector.of("Yesterday officials met in Doha with officials.");
        assertThat(v.weights().get("n:doha")).isGreaterThan(v.weights().get("officia"));
    }
}
