package org.claimwatch.semantic;

import org.claimwatch.semantic.model.SentenceEncoder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The model loads from the class path (no network) and places paraphrases near, unrelated news far. One load. */
class SentenceEncoderTest {

    private static SentenceEncoder encoder;

    @BeforeAll
    static void load() {
        encoder = SentenceEncoder.shared();
    }

    @Test
    void tokenizerSplitsLikeBert() {
        assertThat(encoder.tokenizer().tokens("Qatar's Doha office, unaffordable!"))
                .containsExactly("qatar", "'", "s", "doha", "office", ",", "una", "##ff", "##ord", "##able", "!");
        assertThat(encoder.tokenizer().tokens("Café")).containsExactly("cafe");
    }

    @Test
    void paraphrasesAreNearAndUnrelatedSentencesFar() {
        List<float[]> v = encoder.embed(List.of(
                "Hamas officials are no longer welcome in Doha.",
                "Qatar has asked Hamas to leave its Doha office.",
                "The central bank left interest rates unchanged at 5.25 per cent."));
        assertThat(v).allSatisfy(x -> assertThat(x).hasSize(SentenceEncoder.DIMENSIONS));
        double paraphrase = Vectors.cosine(v.get(0), v.get(1));
        double unrelated = Vectors.cosine(v.get(0), v.get(2));
        System.out.printf("Doha paraphrase cosine %.3f, unrelated %.3f%n", paraphrase, unrelated);
        assertThat(paraphrase).isGreaterThan(0.6);
        assertThat(unrelated).isLessThan(0.2);
        assertThat(Vectors.cosine(v.get(2), v.get(2))).isCloseTo(1.0, within(1e-5));
    }

    /**
     * The model is dynamically quantised: activation scales are taken over the whole batch, padding included, so a
     * sentence's vector moves a little with its batch mates (cosine 0.992 measured); close enough to match by.
     */
    @Test
    void aBatchGivesNearlyTheSameVectorsAsOneByOne() {
        String s = "More than 40,000 people have been killed, the ministry said.";
        float[] alone = encoder.embed(List.of(s)).get(0);
        float[] inBatch = encoder.embed(List.of("A much longer sentence that forces padding of the shorter one in the batch, "
                + "with many more words than the other.", s)).get(1);
        assertThat(Vectors.cosine(alone, inBatch)).isGreaterThan(0.98);
    }

    /**
     * e5-small-v2-q (the check-worthiness model) loads from the class path with its "query: " prefix, and the
     * shipped embedded model trained on it ranks a claim about the world above a courtesy.
     */
    @Test
    void e5LoadsAndFeedsTheShippedCheckWorthinessModel() {
        SentenceEncoder e5 = SentenceEncoder.shared(SentenceEncoder.Model.E5);
        String claim = "Unemployment has doubled in the last four years.";
        String courtesy = "Thank you all for being here tonight.";
        List<float[]> v = e5.embed(List.of(claim, courtesy));
        assertThat(v).allSatisfy(x -> assertThat(x).hasSize(SentenceEncoder.DIMENSIONS));
        assertThat(Vectors.cosine(v.get(0), v.get(0))).isCloseTo(1.0, within(1e-5));
        org.claimwatch.claims.EmbeddedCheckWorthiness model = org.claimwatch.claims.EmbeddedCheckWorthiness.shipped();
        double c = model.score(claim, v.get(0));
        double n = model.score(courtesy, v.get(1));
        System.out.printf("e5 check-worthiness: claim %.3f, courtesy %.3f, threshold %.2f%n", c, n, model.threshold());
        assertThat(c).isGreaterThan(model.threshold());
        assertThat(n).isLessThan(model.threshold());
    }

    /**
     * Issue 16's miss classes, worded here (no number in any): a qualitative claim about the world, reported speech or
     * stance, a speaker's own record. The shipped model over e5 ranks every one above a courtesy and an opinion, and
     * says check-worthy for all but the bare trend: "Air pollution … keeps getting worse" scores 0.33 against the
     * threshold 0.46 (0.27 against 0.38 with session 7's weights), a miss that stays (see SEMANTIC.md).
     */
    @Test
    void theShippedModelFlagsClaimsWithoutANumber() {
        SentenceEncoder e5 = SentenceEncoder.shared(SentenceEncoder.Model.E5);
        org.claimwatch.claims.EmbeddedCheckWorthiness model = org.claimwatch.claims.EmbeddedCheckWorthiness.shipped();
        List<String> claims = List.of(
                "Air pollution in the valley keeps getting worse.",
                "It is now the poorest county in the state.",
                "The governor opposed raising the minimum wage.",
                "The senator said the plant had never paid its taxes.",
                "I vetoed that spending bill twice.");
        List<String> others = List.of("Thank you all for coming out tonight.", "I think we can do better than this.");
        List<float[]> c = e5.embed(claims);
        List<float[]> o = e5.embed(others);
        for (int i = 0; i < claims.size(); i++) {
            System.out.printf("%.3f %s%n", model.score(claims.get(i), c.get(i)), claims.get(i));
        }
        for (int i = 0; i < others.size(); i++) {
            System.out.printf("%.3f %s%n", model.score(others.get(i), o.get(i)), others.get(i));
        }
        double highestOther = 0;
        for (int i = 0; i < others.size(); i++) {
            double score = model.score(others.get(i), o.get(i));
            assertThat(score).as(others.get(i)).isLessThan(model.threshold());
            highestOther = Math.max(highestOther, score);
        }
        for (int i = 0; i < claims.size(); i++) {
            double score = model.score(claims.get(i), c.get(i));
            assertThat(score).as(claims.get(i)).isGreaterThan(highestOther);
            if (i > 0) {
                assertThat(score).as(claims.get(i)).isGreaterThanOrEqualTo(model.threshold());
            }
        }
    }
}
