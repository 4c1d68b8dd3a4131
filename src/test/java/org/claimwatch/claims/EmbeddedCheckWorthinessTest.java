package org.claimwatch.claims;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With sentence embeddings the analysis scores check-worthiness with the shipped embedding + n-gram model; a
 * sentence without a vector keeps the n-gram score. Literal vectors: no model is loaded here.
 */
class EmbeddedCheckWorthinessTest {

    private static final String TEXT = "Pollution is rising in the capital. I vetoed that bill twice.";

    @Test
    void theShippedEmbeddedModelScoresSentencesThatHaveAVector() {
        EmbeddedCheckWorthiness model = EmbeddedCheckWorthiness.shipped();
        assertThat(model).as("checkworthy-embedded.bin in the jar").isNotNull();
        float[] zero = new float[384];
        AnalyzedText plain = Claims.analyze(TEXT, null);
        AnalyzedText embedded = Claims.analyze(TEXT, null, s -> s.startsWith("Pollution") ? zero : null);
        List<Sentence> p = plain.sentences();
        List<Sentence> e = embedded.sentences();
        assertThat(e).hasSameSizeAs(p);
        assertThat(e.get(0).score()).isEqualTo(model.score(e.get(0).text(), zero))
                .isNotEqualTo(p.get(0).score());
        assertThat(e.get(0).checkworthy()).isEqualTo(e.get(0).score() >= model.threshold());
        assertThat(e.get(1).score()).as("no vector: n-gram score").isEqualTo(p.get(1).score());
    }
}
