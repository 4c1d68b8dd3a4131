package org.claimwatch.articles;

import org.claimwatch.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VersionBuilderTest {

    private static byte[] page(String body) {
        return Fixtures.articlePage("Title", body).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void firstVersionCountsEverySentenceAsAdded() {
        PageOutcome outcome = VersionBuilder.build(7, page(Fixtures.seed(2)), "http://example.com/a", "utf-8",
                VersionHistory.empty());
        assertThat(outcome.kind()).isEqualTo(PageOutcome.Kind.NEW_VERSION);
        NewVersion v = outcome.version();
        assertThat(v.versionNo()).isEqualTo(1);
        assertThat(v.sentencesAdded()).isEqualTo(v.sentenceCount()).isPositive();
        assertThat(v.sentencesRemoved()).isZero();
        assertThat(v.revertOf()).isNull();
    }

    @Test
    void sameTextIsUnchanged() {
        PageOutcome first = VersionBuilder.build(7, page(Fixtures.seed(2)), null, "utf-8", VersionHistory.empty());
        String text = first.version().text();
        PageOutcome again = VersionBuilder.build(7, page(Fixtures.seed(2)), null, "utf-8",
                new VersionHistory(1, text, List.of(first.version().fingerprint())));
        assertThat(again.kind()).isEqualTo(PageOutcome.Kind.UNCHANGED);
    }

    @Test
    void noiseOnlyEditIsNotANewVersion() {
        String text = "Officials said 40 people were hurt in the blast on Monday. Police are investigating the cause of"
                + " the explosion, which shook the port district shortly after noon. The mayor said the city would pay"
                + " for repairs to homes and shops nearby. Residents were told to keep their windows shut until"
                + " firefighters had put out the last of the fires in the warehouses along the quay.";
        PageOutcome v1 = VersionBuilder.build(1, page(text), null, "utf-8", VersionHistory.empty());
        String noisy = text.replace("Monday.", "Monday .").replace("The mayor", "the Mayor");
        PageOutcome again = VersionBuilder.build(1, page(noisy), null, "utf-8",
                new VersionHistory(1, v1.version().text(), List.of(v1.version().fingerprint())));
        assertThat(again.kind()).isEqualTo(PageOutcome.Kind.UNCHANGED);
    }

    @Test
    void textBackToAnEarlierVersionIsARevert() {
        String rest = " Police are investigating the cause of the explosion, which shook the port district shortly"
                + " after noon. The mayor said the city would pay for repairs to homes and shops nearby. Residents were"
                + " told to keep their windows shut until firefighters had put out the last fires along the quay.";
        String a = "Officials said 40 people were hurt in the blast on Monday." + rest;
        String b = "Officials said 45 people were hurt in the blast on Monday." + rest;
        PageOutcome v1 = VersionBuilder.build(1, page(a), null, "utf-8", VersionHistory.empty());
        PageOutcome v2 = VersionBuilder.build(1, page(b), null, "utf-8",
                new VersionHistory(1, v1.version().text(), List.of(v1.version().fingerprint())));
        PageOutcome v3 = VersionBuilder.build(1, page(a), null, "utf-8",
                new VersionHistory(2, v2.version().text(), List.of(v2.version().fingerprint(), v1.version().fingerprint())));
        assertThat(v3.kind()).isEqualTo(PageOutcome.Kind.NEW_VERSION);
        assertThat(v3.version().revertOf()).isEqualTo(1);
        assertThat(v3.version().versionNo()).isEqualTo(3);
    }

    @Test
    void pageWithoutArticleIsRejectedWithTheVerdict() {
        PageOutcome outcome = VersionBuilder.build(1, "<html><body><p>Subscribe now.</p></body></html>"
                .getBytes(StandardCharsets.UTF_8), null, "utf-8", VersionHistory.empty());
        assertThat(outcome.kind()).isEqualTo(PageOutcome.Kind.REJECTED);
        assertThat(outcome.status()).isNotEqualTo("OK");
        assertThat(outcome.reason()).isNotBlank();
    }

    private static final java.time.Instant T0 = java.time.Instant.parse("2026-12-05T08:00:00Z");

    private static byte[] titled(String headline, String body) {
        return Fixtures.articlePage(headline + " | The Test Gazette", body).replace("<h1>" + headline
                + " | The Test Gazette</h1>", "<h1>" + headline + "</h1>").getBytes(StandardCharsets.UTF_8);
    }

    /** The history after {@code v} was stored at {@code at}, given the history before it. */
    private static VersionHistory after(VersionHistory h, NewVersion v, java.time.Instant at) {
        List<String> fingerprints = new java.util.ArrayList<>(List.of(v.fingerprint()));
        fingerprints.addAll(h.fingerprints());
        List<org.claimwatch.diff.Headlines.Seen> seen = new java.util.ArrayList<>(h.headlines());
        if (v.headline() != null) {
            seen.add(new org.claimwatch.diff.Headlines.Seen(v.headline(), at));
        }
        return new VersionHistory(v.versionNo(), v.text(), fingerprints, seen, h.feedTitle());
    }

    @Test
    void theHeadlineIsThePageTitleWithoutTheSiteNameElseTheFeedTitle() {
        NewVersion v = VersionBuilder.build(1, titled("Floods kill 12 in Severn valley", Fixtures.seed(2)),
                "http://www.testgazette.example/a", "utf-8", VersionHistory.empty(), T0).version();
        assertThat(v.headline()).isEqualTo("Floods kill 12 in Severn valley");
        byte[] untitled = Fixtures.articlePage("", Fixtures.seed(2)).getBytes(StandardCharsets.UTF_8);
        NewVersion fromFeed = VersionBuilder.build(1, untitled, null, "utf-8",
                new VersionHistory(0, null, List.of(), List.of(), "Feed item title"), T0).version();
        assertThat(fromFeed.headline()).isEqualTo("Feed item title");
    }

    @Test
    void aHeadlineOnlyChangeIsAVersionWithOneHeadlineChange() {
        String body = Fixtures.seed(2);
        NewVersion v1 = VersionBuilder.build(1, titled("Qatar to close Hamas office in Doha", body), null, "utf-8",
                VersionHistory.empty(), T0).version();
        VersionHistory h = after(VersionHistory.empty(), v1, T0);
        PageOutcome same = VersionBuilder.build(1, titled("Qatar To Close Hamas Office In Doha", body), null, "utf-8",
                h, T0.plusSeconds(900));
        assertThat(same.kind()).as("a case-only headline edit").isEqualTo(PageOutcome.Kind.UNCHANGED);
        PageOutcome v2 = VersionBuilder.build(1, titled("Qatar has not permanently closed Hamas office, source says",
                body), null, "utf-8", h, T0.plusSeconds(900));
        assertThat(v2.kind()).isEqualTo(PageOutcome.Kind.NEW_VERSION);
        assertThat(v2.version().versionNo()).isEqualTo(2);
        assertThat(v2.version().changes()).hasSize(1);
        org.claimwatch.diff.ClaimChange c = v2.version().changes().get(0);
        assertThat(c.kind()).isEqualTo(org.claimwatch.diff.ChangeKind.HEADLINE_CHANGED);
        assertThat(c.before()).isEqualTo("Qatar to close Hamas office in Doha");
        assertThat(c.after()).isEqualTo("Qatar has not permanently closed Hamas office, source says");
        assertThat(c.aspects()).contains(org.claimwatch.diff.ChangeKind.HEDGE_CHANGED);
        assertThat(c.spans()).isNotEmpty();
        assertThat(v2.version().significant()).isTrue();
    }

    @Test
    void aRotationBackToAnEarlierHeadlineWithinADayIsSilent() {
        String body = Fixtures.seed(2);
        String a = "Hostage talks resume in Cairo";
        String b = "Hostage talks resume as Egypt presses both sides";
        NewVersion v1 = VersionBuilder.build(1, titled(a, body), null, "utf-8", VersionHistory.empty(), T0).version();
        VersionHistory h = after(VersionHistory.empty(), v1, T0);
        List<Boolean> significant = new java.util.ArrayList<>();
        String[] rotation = {b, a, b, a};
        for (int i = 0; i < rotation.length; i++) {
            java.time.Instant at = T0.plusSeconds(900L * (i + 1));
            NewVersion v = VersionBuilder.build(1, titled(rotation[i], body), null, "utf-8", h, at).version();
            assertThat(v.changes()).extracting(org.claimwatch.diff.ClaimChange::kind)
                    .containsExactly(org.claimwatch.diff.ChangeKind.HEADLINE_CHANGED);
            significant.add(v.significant());
            h = after(h, v, at);
        }
        assertThat(significant).containsExactly(true, false, false, false);
        // a day later the old title is news again
        NewVersion later = VersionBuilder.build(1, titled(b, body), null, "utf-8", h,
                T0.plus(java.time.Duration.ofDays(3))).version();
        assertThat(later.significant()).isTrue();
    }

    private static final String P1 = "Officials said 40 people were hurt in the blast at the port on Monday morning.";
    private static final String P2 = "Police are investigating the cause of the explosion, which shook the district.";
    private static final String P3 = "The mayor said the city would pay for repairs to homes and shops nearby.";
    private static final String P4 = "Residents were told to keep their windows shut until the fires were out.";

    private static byte[] withAside(List<String> article, String aside) {
        return Fixtures.articleWithAside("Blast at the port", article, aside).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aParagraphStillOnThePageIsNoClaimRemovedEvenWhenTheExtractionLosesIt() {
        NewVersion v1 = VersionBuilder.build(1, withAside(List.of(P1, P2, P3, P4), "Ten things to do this weekend"), null,
                "utf-8", VersionHistory.empty(), T0).version();
        assertThat(v1.text()).contains(P3);
        VersionHistory h = new VersionHistory(1, v1.text(), List.of(v1.fingerprint()), List.of(), null, v1.rawHtmlGz());
        // the site moved P3 into its sidebar box: the cleaner no longer takes it, but the page still says it
        byte[] moved = withAside(List.of(P1, P2, P4), P3);
        assertThat(VersionBuilder.build(1, moved, null, "utf-8", h, T0.plusSeconds(900)).kind())
                .isEqualTo(PageOutcome.Kind.UNCHANGED);
        // without the stored page (a version stored before pages were kept) it reads as a removal, as before
        VersionHistory textOnly = new VersionHistory(1, v1.text(), List.of(v1.fingerprint()));
        assertThat(VersionBuilder.build(1, moved, null, "utf-8", textOnly, T0.plusSeconds(900)).version().changes())
                .extracting(org.claimwatch.diff.ClaimChange::kind).contains(org.claimwatch.diff.ChangeKind.CLAIM_REMOVED);
    }

    @Test
    void aParagraphGoneFromThePageIsAClaimRemoved() {
        NewVersion v1 = VersionBuilder.build(1, withAside(List.of(P1, P2, P3, P4), "Ten things to do this weekend"), null,
                "utf-8", VersionHistory.empty(), T0).version();
        VersionHistory h = new VersionHistory(1, v1.text(), List.of(v1.fingerprint()), List.of(), null, v1.rawHtmlGz());
        PageOutcome o = VersionBuilder.build(1, withAside(List.of(P1, P2, P4), "Why the river flooded again this year"),
                null, "utf-8", h, T0.plusSeconds(900));
        assertThat(o.kind()).isEqualTo(PageOutcome.Kind.NEW_VERSION);
        assertThat(o.version().text()).doesNotContain(P3);
        assertThat(o.version().changes()).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo(org.claimwatch.diff.ChangeKind.CLAIM_REMOVED);
            assertThat(c.before()).isEqualTo(P3);
        });
    }

    private static final String BIO = "Sandra Kim has reported on ports, shipping and safety for the paper since 2009.";

    /**
     * The stored version took a paragraph of furniture for article text (a biography in the article's box); on the
     * next fetch its place holds a line the cleaner leaves out: the slot turned over, and nothing was removed from
     * what the article claims.
     */
    @Test
    void furnitureWhoseSlotTurnedOverIsNoClaimRemoved() {
        NewVersion v1 = VersionBuilder.build(1, withAside(List.of(P1, P2, P3, P4, BIO), "Ten things to do this weekend"),
                null, "utf-8", VersionHistory.empty(), T0).version();
        assertThat(v1.text()).contains(BIO);
        VersionHistory h = new VersionHistory(1, v1.text(), List.of(v1.fingerprint()), List.of(), null, v1.rawHtmlGz());
        byte[] turned = withAside(List.of(P1, P2, P3, P4, "Follow us on Facebook and Instagram for more local news."),
                "Ten things to do this weekend");
        assertThat(VersionBuilder.build(1, turned, null, "utf-8", h, T0.plusSeconds(900)).kind())
                .isEqualTo(PageOutcome.Kind.UNCHANGED);
        // the same place rewritten with a sentence the cleaner keeps is the article changing
        String news = "A second blast was heard at the port late on Monday evening, fire crews said.";
        PageOutcome o = VersionBuilder.build(1, withAside(List.of(P1, P2, P3, P4, news), "Ten things to do this weekend"),
                null, "utf-8", h, T0.plusSeconds(900));
        assertThat(o.version().changes()).anySatisfy(c -> assertThat(c.before()).isEqualTo(BIO));
    }
}
