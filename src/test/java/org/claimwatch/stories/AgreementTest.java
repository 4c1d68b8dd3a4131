package org.claimwatch.stories;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AgreementTest {

    private static Fact number(String key, double value, String qualifier, boolean running, long article, String date) {
        return new Fact(key, key, FactKind.NUMBER, value, qualifier, running, null, "s", 0, 1, null, article, article,
                "outlet" + article, null, LocalDate.parse(date));
    }

    private static Fact stance(String stance, long article, String date) {
        return new Fact("assert:office:close", "office closed", FactKind.ASSERTION, null, null, false, stance, "s", 0,
                1, null, article, article, "outlet" + article, null, LocalDate.parse(date));
    }

    /** Issue 16 changed this rule: "about 1,200" is 1,200 rounded to its hundreds, so 1,195 agrees with it. */
    @Test
    void aboutTwelveHundredAndElevenNinetyFiveAreAgreed() {
        List<ClaimGroup> groups = Stories.align(List.of(number("people:kill:m10", 1195, null, false, 1, "2024-11-09"),
                number("people:kill:m10", 1200, "about", false, 2, "2024-11-19")));
        assertThat(groups).singleElement().extracting(ClaimGroup::status).isEqualTo(GroupStatus.AGREED);
    }

    @Test
    void aboutThirteenAndFifteenAreDisputed() {
        List<ClaimGroup> groups = Stories.align(List.of(number("leader:leave", 13, "about", false, 1, "2024-11-19"),
                number("leader:leave", 15, null, false, 2, "2024-11-19")));
        assertThat(groups.get(0).status()).isEqualTo(GroupStatus.DISPUTED);
    }

    @Test
    void aPlainHundredAndNinetySevenHostagesHeldAreDisputed() {
        List<ClaimGroup> groups = Stories.align(List.of(number("hostage:hold", 100, null, false, 1, "2024-11-09"),
                number("hostage:hold", 97, null, false, 2, "2024-11-19")));
        assertThat(groups.get(0).status()).isEqualTo(GroupStatus.DISPUTED);
    }

    @Test
    void aRunningTotalThatFallsLaterIsDisputedNotUpdated() {
        List<ClaimGroup> groups = Stories.align(List.of(
                number("palestinian:kill", 44000, null, true, 1, "2024-11-09"),
                number("palestinian:kill", 40000, null, true, 2, "2024-11-19")));
        assertThat(groups.get(0).status()).isEqualTo(GroupStatus.DISPUTED);
        // a later, lower "more than" is still true of the earlier count: compatible bounds agree
        assertThat(Stories.align(List.of(number("palestinian:kill", 43900, "more than", true, 1, "2024-11-09"),
                number("palestinian:kill", 40000, "more than", true, 2, "2024-11-19"))).get(0).status())
                .isEqualTo(GroupStatus.AGREED);
    }

    @Test
    void aLaterDifferentRunningFigureIsAnUpdate() {
        List<ClaimGroup> groups = Stories.align(List.of(
                number("palestinian:kill", 40000, "more than", false, 1, "2024-11-09"),
                number("palestinian:kill", 43900, "more than", true, 2, "2024-11-19")));
        assertThat(groups.get(0).status()).isEqualTo(GroupStatus.UPDATED);
    }

    @Test
    void differentRunningFiguresOnTheSameDayAreDisputed() {
        List<ClaimGroup> groups = Stories.align(List.of(number("hostage:hold", 100, null, true, 1, "2024-11-19"),
                number("hostage:hold", 97, null, true, 2, "2024-11-19")));
        assertThat(groups.get(0).status()).isEqualTo(GroupStatus.DISPUTED);
    }

    @Test
    void aFigureInsideAMoreThanRangeIsAgreed() {
        List<ClaimGroup> groups = Stories.align(List.of(number("hostage:release", 100, "more than", false, 1,
                "2024-11-09"), number("hostage:release", 105, null, false, 2, "2024-11-19")));
        assertThat(groups.get(0).status()).isEqualTo(GroupStatus.AGREED);
    }

    @Test
    void atLeastThirtyFourAndFortyAreDisputed() {
        List<ClaimGroup> groups = Stories.align(List.of(number("hostage:dead", 40, null, true, 1, "2024-11-19"),
                number("hostage:dead", 34, "at least", true, 2, "2024-11-19")));
        assertThat(groups.get(0).status()).isEqualTo(GroupStatus.DISPUTED);
    }

    @Test
    void willCloseAgainstNotClosedIsDisputed() {
        List<ClaimGroup> groups = Stories.align(List.of(stance("close", 1, "2024-11-09"),
                stance("not close", 2, "2024-11-19")));
        assertThat(groups.get(0).status()).isEqualTo(GroupStatus.DISPUTED);
    }

    @Test
    void oneArticleAloneIsSingle() {
        List<ClaimGroup> groups = Stories.align(List.of(number("hostage:hold", 100, null, true, 1, "2024-11-19"),
                number("hostage:hold", 40, null, true, 1, "2024-11-19")));
        assertThat(groups.get(0).status()).isEqualTo(GroupStatus.SINGLE);
    }

    @Test
    void disputedGroupsComeFirst() {
        List<ClaimGroup> groups = Stories.align(List.of(
                number("a:agreed", 5, null, false, 1, "2024-11-09"), number("a:agreed", 5, null, false, 2, "2024-11-09"),
                number("b:disputed", 5, null, false, 1, "2024-11-09"),
                number("b:disputed", 6, null, false, 2, "2024-11-09")));
        assertThat(groups).extracting(ClaimGroup::key).containsExactly("b:disputed", "a:agreed");
    }
}
