package org.claimwatch.diff;

import org.claimwatch.claims.AnalyzedText;
import org.claimwatch.claims.Claims;
import org.claimwatch.semantic.SentenceVectors;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Embeddings as a matching signal of the alignment: a sentence rephrased so that it shares few words, with its
 * figure changed, is one change when the embeddings say "same claim", and two (removed + added) without them.
 * Vectors are literal here (the model is exercised in SentenceEncoderTest and EmbeddingsPipelineIT).
 */
class SemanticAlignmentTest {

    private static final String LEAD = "Qatar has told Hamas to leave Doha, according to a diplomatic source.";
    private static final String TAIL = "Egypt and the US have also mediated in the talks.";
    private static final String OLD = "At least 1,200 people were killed in the attack, officials said.";
    private static final String NEW = "Authorities now put the death toll from the assault at 1,139.";

    private static AnalyzedText text(String middle) {
        return Claims.analyze(LEAD + "\n\n" + middle + "\n\n" + TAIL, null);
    }

    private static SentenceVectors vectors(double cosine) {
        Map<String, float[]> v = new HashMap<>();
        v.put(LEAD, new float[] {1, 0, 0, 0});
        v.put(TAIL, new float[] {0, 1, 0, 0});
        v.put(OLD, new float[] {0, 0, 1, 0});
        v.put(NEW, new float[] {0, 0, (float) cosine, (float) Math.sqrt(1 - cosine * cosine)});
        return SentenceVectors.of(v);
    }

    @Test
    void withoutEmbeddingsTheRephrasedSentenceIsRemovedAndAdded() {
        DiffResult r = VersionDiff.compare(text(OLD), text(NEW), SentenceVectors.NONE);
        assertThat(r.changes()).extracting(ClaimChange::kind)
                .containsExactlyInAnyOrder(ChangeKind.CLAIM_REMOVED, ChangeKind.CLAIM_ADDED);
    }

    @Test
    void aSameClaimCosineAlignsItAsOneNumberChange() {
        DiffResult r = VersionDiff.compare(text(OLD), text(NEW), vectors(0.8));
        // one aligned pair: its number changed (and "officials said" went, an attribution change of the same pair)
        assertThat(r.changes()).extracting(ClaimChange::kind)
                .containsExactly(ChangeKind.NUMBER_CHANGED, ChangeKind.ATTRIBUTION_CHANGED);
        assertThat(r.changes()).allSatisfy(c -> {
            assertThat(c.before()).isEqualTo(OLD);
            assertThat(c.after()).isEqualTo(NEW);
        });
        assertThat(r.changes().get(0).afterNumbers()).extracting("value").containsExactly(1139.0);
    }

    @Test
    void aLowCosineKeepsThemApart() {
        DiffResult r = VersionDiff.compare(text(OLD), text(NEW), vectors(0.3));
        assertThat(r.changes()).hasSize(2);
    }
}
