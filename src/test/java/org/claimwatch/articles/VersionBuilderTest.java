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
                + " for repairs to homes and shops nearby.";
        PageOutcome v1 = VersionBuilder.build(1, page(text), null, "utf-8", VersionHistory.empty());
        String noisy = text.replace("Monday.", "Monday .").replace("The mayor", "the Mayor");
        PageOutcome again = VersionBuilder.build(1, page(noisy), null, "utf-8",
                new VersionHistory(1, v1.version().text(), List.of(v1.version().fingerprint())));
        assertThat(again.kind()).isEqualTo(PageOutcome.Kind.UNCHANGED);
    }

    @Test
    void textBackToAnEarlierVersionIsARevert() {
        String rest = " Police are investigating the cause of the explosion, which shook the port district shortly"
                + " after noon. The mayor said the city would pay for repairs to homes and shops nearby.";
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
}
