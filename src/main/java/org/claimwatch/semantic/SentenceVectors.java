package org.claimwatch.semantic;

import java.util.Map;

/**
 * Embeddings of a set of sentences, by sentence text; {@link #NONE} when embeddings are off, in which case every
 * similarity is {@code NaN} and callers fall back to words. Immutable.
 */
public final class SentenceVectors {

    public static final SentenceVectors NONE = new SentenceVectors(Map.of());

    private final Map<String, float[]> byText;

    private SentenceVectors(Map<String, float[]> byText) {
        this.byText = byText;
    }

    public static SentenceVectors of(Map<String, float[]> byText) {
        return byText.isEmpty() ? NONE : new SentenceVectors(Map.copyOf(byText));
    }

    public boolean isEmpty() {
        return byText.isEmpty();
    }

    public int size() {
        return byText.size();
    }

    /** Cosine of the two sentences' embeddings, {@code NaN} when either has none. */
    public double similarity(String a, String b) {
        float[] va = byText.get(a);
        float[] vb = byText.get(b);
        return va == null || vb == null ? Double.NaN : Vectors.cosine(va, vb);
    }

    /** The embedding of {@code text}, or null. */
    public float[] get(String text) {
        return byText.get(text);
    }
}
