package org.claimwatch.claims;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Check-worthiness on a sentence embedding (e5-small-v2-q, "query: " prefix: {@code SentenceVectors#checkworthy})
 * plus the hashed n-gram features of {@link CheckWorthiness} and, when trained with them, the phrase-class cues of
 * {@link CheckWorthyCues}: one logistic regression over all (dense weights on the unit-length embedding scaled by
 * {@link #SCALE}, sparse weights on the n-grams and cues). Trained by {@code ./tools train-checkworthy --embeddings}
 * on the ClaimBuster training set; the weights ship in the jar. Immutable and thread-safe.
 */
public final class EmbeddedCheckWorthiness {

    static final double SCALE = 8.0;
    private static final String RESOURCE = "/org/claimwatch/claims/checkworthy-embedded.bin";
    private static final int MAGIC = 0x43574532;
    /** As {@link #MAGIC}, followed by a flags word (bit 0: cues). */
    private static final int MAGIC_FLAGS = 0x43574533;

    private final float[] dense;
    private final float[] sparse;
    private final double bias;
    private final double threshold;
    private final boolean cues;

    EmbeddedCheckWorthiness(float[] dense, float[] sparse, double bias, double threshold, boolean cues) {
        this.dense = dense;
        this.sparse = sparse;
        this.bias = bias;
        this.threshold = threshold;
        this.cues = cues;
    }

    /** The sparse features of {@code sentence}: the n-gram/hand features, plus the cues when {@code cues}. */
    static int[] features(String sentence, boolean cues) {
        int[] ngrams = CheckWorthyFeatures.of(sentence);
        return cues ? CheckWorthyCues.features(sentence, ngrams) : ngrams;
    }

    /** Whether the model was trained with the phrase-class cues. */
    public boolean cues() {
        return cues;
    }

    /** The shipped model, or null when the jar has none. */
    public static EmbeddedCheckWorthiness shipped() {
        return Holder.SHIPPED;
    }

    private static final class Holder {
        static final EmbeddedCheckWorthiness SHIPPED = load();

        private static EmbeddedCheckWorthiness load() {
            try (InputStream in = EmbeddedCheckWorthiness.class.getResourceAsStream(RESOURCE)) {
                return in == null ? null : read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** P(check-worthy) of {@code sentence} whose embedding is {@code vector}. */
    public double score(String sentence, float[] vector) {
        return CheckWorthiness.sigmoid(margin(features(sentence, cues), vector));
    }

    public double threshold() {
        return threshold;
    }

    double margin(int[] features, float[] vector) {
        double sum = bias;
        for (int d = 0; d < dense.length; d++) {
            sum += dense[d] * vector[d] * SCALE;
        }
        double scale = 1.0 / Math.sqrt(Math.max(1, features.length));
        for (int f : features) {
            sum += sparse[f] * scale;
        }
        return sum;
    }

    public void write(OutputStream out) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(cues ? MAGIC_FLAGS : MAGIC);
        if (cues) {
            d.writeInt(1);
        }
        d.writeInt(dense.length);
        d.writeInt(sparse.length);
        d.writeDouble(bias);
        d.writeDouble(threshold);
        for (float w : dense) {
            d.writeFloat(w);
        }
        for (float w : sparse) {
            d.writeFloat(w);
        }
        d.flush();
    }

    public static EmbeddedCheckWorthiness read(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(new java.io.BufferedInputStream(in));
        int magic = d.readInt();
        if (magic != MAGIC && magic != MAGIC_FLAGS) {
            throw new IOException("not an embedded check-worthiness model");
        }
        boolean cues = magic == MAGIC_FLAGS && (d.readInt() & 1) != 0;
        float[] dense = new float[d.readInt()];
        float[] sparse = new float[d.readInt()];
        double bias = d.readDouble();
        double threshold = d.readDouble();
        for (int i = 0; i < dense.length; i++) {
            dense[i] = d.readFloat();
        }
        for (int i = 0; i < sparse.length; i++) {
            sparse[i] = d.readFloat();
        }
        return new EmbeddedCheckWorthiness(dense, sparse, bias, threshold, cues);
    }
}
