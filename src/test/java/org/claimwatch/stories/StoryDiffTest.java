package org.claimwatch.stories;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StoryDiffTest {

    private static Fact number(String key, double value, boolean running, long article, String date) {
        return new Fact(key, key, FactKind.NUMBER, value, null, running, null, "s", 0, 1, null, article, article,
                "outlet" + article, null, LocalDate.parse(date));
    }

    @Test
    void aFigureNewToTheStoryIsNew() {
        List<ClaimGroup> before = Stories.align(List.of(number("hostage:hold", 100, true, 1, "2024-11-09")));
        List<ClaimGroup> after = Stories.align(List.of(number("hostage:hold", 100, true, 1, "2024-11-09"),
                number("people:kill:m10", 1195, false, 2, "2024-11-09")));
        assertThat(Stories.diff(before, after, 2)).extracting(StoryChange::kind)
                .containsExactly(StoryChangeKind.STORY_CLAIM_NEW);
    }

    @Test
    void aDifferentFixedFigureIsDisputed() {
        List<ClaimGroup> before = Stories.align(List.of(number("people:kill:m10", 1195, false, 1, "2024-11-09")));
        List<ClaimGroup> after = Stories.align(List.of(number("people:kill:m10", 1195, false, 1, "2024-11-09"),
                number("people:kill:m10", 1200, false, 2, "2024-11-19")));
        assertThat(Stories.diff(before, after, 2)).extracting(StoryChange::kind)
                .containsExactly(StoryChangeKind.STORY_CLAIM_DISPUTED);
    }

    @Test
    void aLaterRunningFigureIsAnUpdate() {
        List<ClaimGroup> before = Stories.align(List.of(number("palestinian:kill", 40000, true, 1, "2024-11-09")));
        List<ClaimGroup> after = Stories.align(List.of(number("palestinian:kill", 40000, true, 1, "2024-11-09"),
                number("palestinian:kill", 43900, true, 2, "2024-11-19")));
        assertThat(Stories.diff(before, after, 2)).extracting(StoryChange::kind)
                .containsExactly(StoryChangeKind.STORY_CLAIM_UPDATED);
    }

    @Test
    void theSameFigureAgainChangesNothing() {
        List<ClaimGroup> before = Stories.align(List.of(number("hostage:hold", 100, true, 1, "2024-11-09")));
        List<ClaimGroup> after = Stories.align(List.of(number("hostage:hold", 100, true, 1, "2024-11-09"),
                number("hostage:hold", 100, true, 2, "2024-11-19")));
        assertThat(Stories.diff(before, after, 2)).isEmpty();
    }
}
