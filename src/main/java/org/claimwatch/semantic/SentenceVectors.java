package org.claimwatch.semantic;

import java.util.Map;

/**
 * Embeddings of a set of sentences, by sentence text; {@link #NONE} when embeddings are off, in which case every
 * similarity is {@code NaN} and callers fall back to words. Two models: the matching one ({@link #get},
 * {@link #similarity}: MiniLM) and the check-worthiness one ({@link #checkworthy}: e5), each may be absent.
 * Immutable.
 */
public final class SentenceVectors {

    public static final SentenceVectors NONE = new SentenceVectors(Map.of(), Map.of());

    private final Map<String, float[]> byText;
    private final Map<String, float[]> checkworthy;

    private SentenceVectors(Map<String, float[]> byText, Map<String, float[]> checkworthy) {
        this.byText = byText;
        this.checkworthy = checkworthy;
    }

    /** Matching vectors only. */
    public static SentenceVectors of(Map<String, float[]> byText) {
        return of(byText, Map.of());
    }

    /** Matching vectors and check-worthiness vectors, by sentence text. */
    public static SentenceVectors of(Map<String, float[]> byText, Map<String, float[]> checkworthy) {
        return byText.isEmpty() && checkworthy.isEmpty() ? NONE
                : new SentenceVectors(Map.copyOf(byText), Map.copyOf(checkworthy));
    }

    public boolean isEmpty() {
        return byText.isEmpty() && checkworthy.isEmpty();
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

    /** The matching embedding of {@code text}, or null. */
    public float[] get(String text) {
        return byText.get(text);
    }

    /** The check-worthiness embedding of {@code text}, or null. */
    public float[] checkworthy(String text) {
        return checkworthy.get(text);
    }
}
