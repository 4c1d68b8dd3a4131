package org.claimwatch.semantic;

/** Vector arithmetic for sentence embeddings. Stateless. */
public final class Vectors {

    private Vectors() {
    }

    /** Cosine of two vectors of equal length (0 when either is zero). */
    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    /** Mean of the token vectors {@code hidden[t]} whose mask is 1, scaled to unit length. */
    public static float[] meanPool(float[][] hidden, long[] mask) {
        int dim = hidden[0].length;
        float[] out = new float[dim];
        int n = 0;
        for (int t = 0; t < hidden.length; t++) {
            if (mask[t] == 0) {
                continue;
            }
            n++;
            for (int d = 0; d < dim; d++) {
                out[d] += hidden[t][d];
            }
        }
        double norm = 0;
        for (int d = 0; d < dim; d++) {
            out[d] /= Math.max(1, n);
            norm += out[d] * out[d];
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (int d = 0; d < dim; d++) {
                out[d] /= norm;
            }
        }
        return out;
    }
}
