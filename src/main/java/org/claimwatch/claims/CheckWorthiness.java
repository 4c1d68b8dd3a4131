package org.claimwatch.claims;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Logistic regression over hashed sentence features: {@link #score} is P(check-worthy) in [0,1] and
 * {@link #threshold} the yes/no cut chosen by cross-validation. Immutable after construction; thread-safe.
 */
public final class CheckWorthiness {

    private static final String RESOURCE = "/org/claimwatch/claims/checkworthy.bin";
    private static final int MAGIC = 0x43574d31;

    private final float[] weights;
    private final double bias;
    private final double threshold;

    CheckWorthiness(float[] weights, double bias, double threshold) {
        this.weights = weights;
        this.bias = bias;
        this.threshold = threshold;
    }

    /** The model that ships in the jar. */
    public static CheckWorthiness shipped() {
        return Holder.SHIPPED;
    }

    private static final class Holder {
        static final CheckWorthiness SHIPPED = load();

        private static CheckWorthiness load() {
            try (InputStream in = CheckWorthiness.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing check-worthiness model " + RESOURCE);
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** P(check-worthy) of one sentence. */
    public double score(String sentence) {
        return sigmoid(margin(CheckWorthyFeatures.of(sentence)));
    }

    /** The score at or above which a sentence is check-worthy. */
    public double threshold() {
        return threshold;
    }

    double margin(int[] features) {
        double scale = 1.0 / Math.sqrt(Math.max(1, features.length));
        double sum = 0;
        for (int f : features) {
            sum += weights[f];
        }
        return bias + sum * scale;
    }

    static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }

    /** Writes the model (sparse, gzipped). */
    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out);
        DataOutputStream data = new DataOutputStream(gz);
        data.writeInt(MAGIC);
        data.writeInt(weights.length);
        data.writeDouble(bias);
        data.writeDouble(threshold);
        int nonZero = 0;
        for (float w : weights) {
            nonZero += w != 0 ? 1 : 0;
        }
        data.writeInt(nonZero);
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] != 0) {
                data.writeInt(i);
                data.writeFloat(weights[i]);
            }
        }
        data.flush();
        gz.finish();
    }

    /** Reads a model written by {@link #write}. */
    public static CheckWorthiness read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new GZIPInputStream(in));
        if (data.readInt() != MAGIC) {
            throw new IOException("not a check-worthiness model");
        }
        float[] weights = new float[data.readInt()];
        double bias = data.readDouble();
        double threshold = data.readDouble();
        int nonZero = data.readInt();
        for (int i = 0; i < nonZero; i++) {
            int index = data.readInt();
            weights[index] = data.readFloat();
        }
        return new CheckWorthiness(weights, bias, threshold);
    }
}
