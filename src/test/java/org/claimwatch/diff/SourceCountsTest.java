package org.claimwatch.diff;

import org.claimwatch.claims.Claims;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A number before a plural noun that can name a source ("12 residents", "four officers") is a count of speakers only
 * when they speak ("Two officials said ..."): otherwise it is the news's figure, and a change to it alerts. Written
 * before the rule changed, from a miss in an outside author's corpus (volatile-batch8, v8-068).
 */
class SourceCountsTest {

    private static final String HEAD = "The council approved the new bridge on a vote of seven to two.\n\n";

    private static List<ChangeKind> kinds(String before, String after) {
        DiffResult r = VersionDiff.compare(Claims.analyze(HEAD + before, null), Claims.analyze(HEAD + after, null));
        return r.changes().stream().map(ClaimChange::kind).toList();
    }

    /** Written after the rule (a miss of the tune corpus volatile-batch29): people told something do not speak. */
    @Test
    void peopleSpokenToAreNotSpeakers() {
        assertThat(kinds("About 300 residents have been told to leave their homes, the county said.",
                "About 1,100 residents have been told to leave their homes, the county said."))
                .contains(ChangeKind.NUMBER_CHANGED);
        assertThat(kinds("Two officials said the bridge was unsafe.", "Three officials said the bridge was unsafe."))
                .doesNotContain(ChangeKind.NUMBER_CHANGED);
    }

    @Test
    void aFigureOfPeopleWhoAreNotSpeakingIsANumber() {
        assertThat(kinds("12 residents had been evacuated from the fire zone, county officials said.",
                "15 residents had been evacuated from the fire zone, county officials said."))
                .contains(ChangeKind.NUMBER_CHANGED);
        assertThat(kinds("Four officers were injured in the clash, police said.",
                "Six officers were injured in the clash, police said.")).contains(ChangeKind.NUMBER_CHANGED);
        assertThat(kinds("At least 15 doctors have been killed since October, the ministry said.",
                "At least 17 doctors have been killed since October, the ministry said."))
                .contains(ChangeKind.NUMBER_CHANGED);
        assertThat(kinds("As of 6 p.m. on Monday, 4,312 residents had been evacuated, officials said.",
                "As of 6 p.m. on Monday, 5,870 residents had been evacuated, officials said."))
                .contains(ChangeKind.NUMBER_CHANGED);
    }

    @Test
    void aCountOfSpeakersIsNoFigure() {
        assertThat(kinds("Two officials said the talks had stalled over the release of prisoners.",
                "Three officials said the talks had stalled over the release of prisoners."))
                .doesNotContain(ChangeKind.NUMBER_CHANGED);
        assertThat(kinds("The talks had stalled, two diplomats told reporters on Sunday.",
                "The talks had stalled, three diplomats told reporters on Sunday."))
                .doesNotContain(ChangeKind.NUMBER_CHANGED);
    }
}
