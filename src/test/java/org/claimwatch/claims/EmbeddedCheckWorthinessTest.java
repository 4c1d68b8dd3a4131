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

    /**
     * A model trained with the phrase-class cues ({@link CheckWorthyCues}) scores them and keeps them through
     * write/read; the shipped one is such a model.
     */
    @Test
    void cueFeaturesCountAndSurviveWriteAndRead() throws Exception {
        float[] dense = new float[4];
        float[] sparse = new float[CheckWorthyFeatures.DIM];
        String sentence = "I vetoed that bill.";
        int[] plain = CheckWorthyFeatures.of(sentence);
        int[] withCues = EmbeddedCheckWorthiness.features(sentence, true);
        assertThat(withCues).hasSize(plain.length + 1);
        sparse[withCues[withCues.length - 1]] = 3f;
        EmbeddedCheckWorthiness model = new EmbeddedCheckWorthiness(dense, sparse, 0, 0.5, true);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        model.write(out);
        EmbeddedCheckWorthiness back = EmbeddedCheckWorthiness.read(new java.io.ByteArrayInputStream(out.toByteArray()));
        float[] v = new float[4];
        assertThat(back.score(sentence, v)).isEqualTo(model.score(sentence, v)).isGreaterThan(0.5);
        assertThat(new EmbeddedCheckWorthiness(dense, sparse, 0, 0.5, false).score(sentence, v)).isEqualTo(0.5);
        assertThat(EmbeddedCheckWorthiness.shipped().cues()).as("shipped model trained with cues").isTrue();
    }
}
