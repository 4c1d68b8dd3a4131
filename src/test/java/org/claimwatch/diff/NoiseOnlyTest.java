package org.claimwatch.diff;

import org.claimwatch.claims.Claims;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Noise-only edits never alert: at most a low-significance rewording or a move. */
class NoiseOnlyTest {

    private static final String BODY = "Hamas officials have denied that they were asked to leave Doha.\n\n"
            + "“As long as there is a refusal to negotiate a deal in good faith, they cannot continue to mediate,” the source said.\n\n"
            + "Israel’s offensive has killed more than 43,900 Palestinians in Gaza, the health ministry said.\n\n"
            + "Egypt and the US have also mediated in the talks.";

    private static DiffResult diff(String before, String after) {
        return VersionDiff.compare(Claims.analyze(before, null), Claims.analyze(after, null));
    }

    private static void assertSilent(DiffResult r) {
        assertThat(r.changes()).allSatisfy(c -> assertThat(c.significance()).isLessThan(VersionDiff.ALERT_THRESHOLD));
        assertThat(r.significant()).isFalse();
    }

    @Test
    void whitespaceChanges() {
        DiffResult r = diff(BODY, BODY.replace(" the ", "  the ").replace("\n\n", "\n\n\n"));
        assertThat(r.changes()).isEmpty();
    }

    @Test
    void punctuationChanges() {
        DiffResult r = diff(BODY, BODY.replace("’", "'").replace(", the", " the").replace("“", "\"").replace("”", "\""));
        assertThat(r.changes()).isEmpty();
    }

    @Test
    void typoFixed() {
        DiffResult r = diff(BODY.replace("negotiate", "negoitate").replace("officials", "offcials"), BODY);
        assertThat(r.changes()).isEmpty();
    }

    @Test
    void capitalisationChanged() {
        DiffResult r = diff(BODY, BODY.replace("health ministry", "Health Ministry"));
        assertThat(r.changes()).isEmpty();
    }

    @Test
    void updatedAndReadingTimeLinesChanged() {
        DiffResult r = diff("Updated 10:32 GMT\n5 min read\n" + BODY, "Last updated 14:05 GMT\n6 min read\n" + BODY);
        assertThat(r.changes()).isEmpty();
    }

    @Test
    void datelineFormsChanged() {
        DiffResult r = diff("Updated: Nov. 24, 2024, 10:32 a.m. ET\nPublished 3 hours ago\n" + BODY,
                "Updated: Nov. 25, 2024, 8:05 a.m. ET\nPublished 1 day ago\nUpdated November 25, 2024\n" + BODY);
        assertThat(r.changes()).isEmpty();
    }

    @Test
    void aTitleCaseHeadlineChangeIsNotTakenForAByline() {
        DiffResult r = diff("Qatar Expels Hamas Leaders From Doha\n\n" + BODY, "Qatar Asks Hamas Leaders To Leave Doha\n\n" + BODY);
        assertThat(r.changes()).isNotEmpty();
    }

    @Test
    void bylineChanged() {
        DiffResult r = diff("Emma Graham-Harrison in London\n\n" + BODY,
                "Emma Graham-Harrison in London and Jason Burke in Jerusalem\n\n" + BODY);
        assertSilent(r);
        assertThat(r.changes()).isEmpty();
    }

    @Test
    void photoCreditChanged() {
        DiffResult r = diff(BODY + "\nPhotograph: Nathan Howard/AFP/Getty", BODY + "\nPhotograph: Ahmed Salem/Reuters");
        assertThat(r.changes()).isEmpty();
    }

    @Test
    void relatedLinksAndAdsSlippedIn() {
        DiffResult r = diff(BODY, BODY.replace("\n\nEgypt", "\n\nRelated: Ceasefire talks stall as winter nears\n\n"
                + "Advertisement\n\nRead more: How the mediators work\n\nEgypt") + "\n\nSign up for our morning newsletter");
        assertThat(r.changes()).isEmpty();
    }

    @Test
    void paragraphsReorderedAreMovesWithoutChanges() {
        String[] p = BODY.split("\n\n");
        DiffResult r = diff(BODY, String.join("\n\n", p[3], p[0], p[1], p[2]));
        assertThat(r.changes()).isEmpty();
        assertThat(r.alignment()).extracting(SentenceLink::kind)
                .containsExactly(LinkKind.UNCHANGED, LinkKind.UNCHANGED, LinkKind.UNCHANGED, LinkKind.MOVED);
    }

    @Test
    void sentenceSplitWithoutNewWords() {
        DiffResult r = diff("Hamas’s leaders have left Qatar, and their office remains open, two sources told The National.",
                "Hamas’s leaders have left Qatar. Their office remains open, two sources told The National.");
        assertThat(r.changes()).isEmpty();
        assertThat(r.alignment()).extracting(SentenceLink::kind).containsExactly(LinkKind.SPLIT);
        assertThat(r.alignment().get(0).after()).containsExactly(0, 1);
    }

    @Test
    void spellingVariantsStaySilent() {
        assertSilent(diff("The organisation said the programme had been cancelled because of the fighting.",
                "The organization said the program had been canceled because of the fighting."));
    }
}
