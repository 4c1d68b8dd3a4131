package org.claimwatch.diff;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimwatch.claims.Claims;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Sentence alignment: kinds and matched indices for each old sentence, ADDED for new ones. */
class SentenceAlignmentTest {

    private static List<SentenceLink> align(String before, String after) {
        return VersionDiff.compare(Claims.analyze(before, null), Claims.analyze(after, null)).alignment();
    }

    @Test
    void unchangedEditedRemovedAndAdded() {
        List<SentenceLink> links = align(
                "Qatar has told Hamas to leave Doha. Of the 251 hostages, 97 remain in Gaza. Egypt has also mediated.",
                "Qatar has told Hamas to leave Doha. Of the 251 hostages, 96 remain in Gaza. Turkey offered to host the office.");
        assertThat(links).containsExactly(
                new SentenceLink(0, LinkKind.UNCHANGED, List.of(0), 1.0),
                new SentenceLink(1, LinkKind.EDITED, List.of(1), links.get(1).similarity()),
                new SentenceLink(2, LinkKind.REMOVED, List.of(), 0),
                new SentenceLink(-1, LinkKind.ADDED, List.of(2), 0));
        assertThat(links.get(1).similarity()).isBetween(0.5, 1.0);
    }

    @Test
    void reorderedParagraphIsMoved() {
        List<SentenceLink> links = align("Qatar has told Hamas to leave.\n\nEgypt has also mediated.\n\nTalks resume on Monday.",
                "Talks resume on Monday.\n\nQatar has told Hamas to leave.\n\nEgypt has also mediated.");
        assertThat(links).extracting(SentenceLink::kind).containsExactly(LinkKind.UNCHANGED, LinkKind.UNCHANGED, LinkKind.MOVED);
        assertThat(links).extracting(SentenceLink::after).containsExactly(List.of(1), List.of(2), List.of(0));
    }

    @Test
    void oneSentenceSplitInTwo() {
        List<SentenceLink> links = align("Hamas’s leaders have left Qatar, but their office in Doha remains open, two sources said.",
                "Hamas’s leaders have left Qatar. But their office in Doha remains open, two sources said.");
        assertThat(links).containsExactly(new SentenceLink(0, LinkKind.SPLIT, List.of(0, 1), links.get(0).similarity()));
    }

    @Test
    void twoSentencesMergedInOne() {
        List<SentenceLink> links = align("Hamas’s leaders have left Qatar. But their office in Doha remains open, two sources said.",
                "Hamas’s leaders have left Qatar, but their office in Doha remains open, two sources said.");
        assertThat(links).extracting(SentenceLink::kind).containsExactly(LinkKind.MERGED, LinkKind.MERGED);
        assertThat(links).extracting(SentenceLink::after).containsExactly(List.of(0), List.of(0));
    }

    @Test
    void editedSentenceIsFoundAfterAReorder() {
        List<SentenceLink> links = align(
                "Israel’s offensive has killed more than 43,900 Palestinians.\n\nEgypt has also mediated in the talks.",
                "Egypt has also mediated in the talks.\n\nIsrael’s offensive has killed 44,000 Palestinians.");
        assertThat(links).extracting(SentenceLink::before, SentenceLink::after)
                .contains(org.assertj.core.groups.Tuple.tuple(0, List.of(1)), org.assertj.core.groups.Tuple.tuple(1, List.of(0)));
    }

    @Test
    void aRewrittenAndMovedSentenceIsPairedByItsClaimKey() {
        List<SentenceLink> links = align("Qatar has told Hamas to leave Doha.\n\nEgypt and the US have also mediated in the talks.\n\n"
                        + "Israel's military offensive has killed more than 43,900 Palestinians in Gaza, the health ministry said on Saturday.",
                "Since the war began, 44,000 Palestinians have been killed in Israel's offensive in Gaza.\n\n"
                        + "Qatar has told Hamas to leave Doha.\n\nEgypt and the US have also mediated in the talks.");
        assertThat(links.get(2).kind()).isEqualTo(LinkKind.EDITED);
        assertThat(links.get(2).after()).containsExactly(0);
    }

    @Test
    void emptyVersionsAreAllAddedOrAllRemoved() {
        assertThat(align("", "Talks resume on Monday. Egypt mediates.")).containsExactly(
                new SentenceLink(-1, LinkKind.ADDED, List.of(0), 0), new SentenceLink(-1, LinkKind.ADDED, List.of(1), 0));
        assertThat(align("Talks resume on Monday.", "")).containsExactly(new SentenceLink(0, LinkKind.REMOVED, List.of(), 0));
        assertThat(align("", "")).isEmpty();
    }

    @Test
    void resultRoundTripsThroughJackson() throws Exception {
        DiffResult r = VersionDiff.compare(Claims.analyze("Of the 251 hostages, 97 remain. Talks go on.", null),
                Claims.analyze("Of the 251 hostages, 96 remain. Talks go on. Egypt mediated.", null));
        ObjectMapper json = new ObjectMapper();
        DiffResult back = json.readValue(json.writeValueAsString(r), DiffResult.class);
        assertThat(back).isEqualTo(r);
    }

    @Test
    void repeatedSentencesPairInOrder() {
        List<SentenceLink> links = align("Stay tuned. Rain fell on Monday. Stay tuned. Roads were shut. Stay tuned.",
                "Stay tuned. Schools were closed. Stay tuned.");
        assertThat(links).extracting(SentenceLink::before, SentenceLink::kind, SentenceLink::after).startsWith(
                org.assertj.core.groups.Tuple.tuple(0, LinkKind.UNCHANGED, List.of(0)),
                org.assertj.core.groups.Tuple.tuple(1, LinkKind.REMOVED, List.of()),
                org.assertj.core.groups.Tuple.tuple(2, LinkKind.UNCHANGED, List.of(2)),
                org.assertj.core.groups.Tuple.tuple(3, LinkKind.REMOVED, List.of()),
                org.assertj.core.groups.Tuple.tuple(4, LinkKind.REMOVED, List.of()));
    }
}
