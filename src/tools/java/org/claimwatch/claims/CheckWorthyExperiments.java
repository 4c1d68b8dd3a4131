package org.claimwatch.claims;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Cross-validation of check-worthiness variants for {@code ./tools cv-checkworthy}: logistic regression or a
 * one-hidden-layer MLP (ReLU) over dense sentence-embedding features, optionally plus the hashed n-gram / hand
 * features of {@link CheckWorthyFeatures} as a linear term, optionally with positives weighted. Same folds, seed,
 * threshold search and 50 % reweighting as {@link EmbeddedCheckWorthyTrainer}. Deterministic.
 */
public final class CheckWorthyExperiments {

    /** One variant's out-of-fold figures at the natural balance and at 50 % positives. */
    public record Row(String name, double f1, double precision, double recall, double threshold,
                      double bf1, double bprecision, double brecall, double bthreshold) {
    }

    /** How a variant is trained. {@code hidden} 0 = logistic regression. */
    public record Options(boolean ngrams, double positiveWeight, int hidden, int epochs, double l2, boolean standardize) {
        public Options(boolean ngrams, double positiveWeight, int hidden, int epochs, double l2) {
            this(ngrams, positiveWeight, hidden, epochs, l2, false);
        }
    }

    private static final long SEED = 20261205L;
    private static final double SCALE = EmbeddedCheckWorthiness.SCALE;
    private static final double RATE = 0.05;

    private CheckWorthyExperiments() {
    }

    public static Row crossValidate(String name, List<String> sentences, List<float[]> dense, List<Integer> labels,
                                    Options o, int folds) {
        List<int[]> x = new ArrayList<>(sentences.size());
        sentences.forEach(s -> x.add(o.ngrams() ? CheckWorthyFeatures.of(s) : new int[0]));
        int[] fold = folds(labels, folds);
        double[] scores = new double[x.size()];
        for (int k = 0; k < folds; k++) {
            List<Integer> train = new ArrayList<>();
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] != k) {
                    train.add(i);
                }
            }
            List<float[]> d = o.standardize() ? standardized(dense, train) : dense;
            Net net = new Net(dense.get(0).length, o);
            net.fit(x, d, labels, train);
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] == k) {
                    scores[i] = CheckWorthiness.sigmoid(net.margin(x.get(i), d.get(i), null));
                }
            }
        }
        long pos = labels.stream().filter(l -> l == 1).count();
        double negWeight = (double) pos / (labels.size() - pos);
        double[] n = best(scores, labels, 1.0);
        double[] b = best(scores, labels, negWeight);
        return new Row(name, n[0], n[1], n[2], n[3], b[0], b[1], b[2], b[3]);
    }

    /** Each dimension centred and scaled to unit variance over the training rows, then divided by sqrt(dim). */
    static List<float[]> standardized(List<float[]> dense, List<Integer> train) {
        int dim = dense.get(0).length;
        double[] mean = new double[dim];
        double[] sq = new double[dim];
        for (int row : train) {
            float[] v = dense.get(row);
            for (int d = 0; d < dim; d++) {
                mean[d] += v[d];
                sq[d] += (double) v[d] * v[d];
            }
        }
        double[] inv = new double[dim];
        for (int d = 0; d < dim; d++) {
            mean[d] /= train.size();
            double var = sq[d] / train.size() - mean[d] * mean[d];
            inv[d] = 1.0 / Math.sqrt(Math.max(var, 1e-12)) / Math.sqrt(dim);
        }
        List<float[]> out = new ArrayList<>(dense.size());
        for (float[] v : dense) {
            float[] z = new float[dim];
            for (int d = 0; d < dim; d++) {
                z[d] = (float) ((v[d] - mean[d]) * inv[d]);
            }
            out.add(z);
        }
        return out;
    }

    /** Logistic regression (hidden 0) or MLP; sparse n-gram weights always linear on the output. AdaGrad. */
    static final class Net {
        final int dim;
        final Options o;
        final float[] w1;      // hidden x dim (MLP) or dim (LR)
        final float[] g1;
        final float[] b1;
        final float[] gb1;
        final float[] w2;
        final float[] g2;
        final float[] sparse = new float[CheckWorthyFeatures.DIM];
        final float[] sparseG = new float[CheckWorthyFeatures.DIM];
        double bias;
        double biasG;

        Net(int dim, Options o) {
            this.dim = dim;
            this.o = o;
            int h = o.hidden();
            w1 = new float[h == 0 ? dim : h * dim];
            g1 = new float[w1.length];
            b1 = new float[h];
            gb1 = new float[h];
            w2 = new float[h];
            g2 = new float[h];
            Random r = new Random(SEED);
            if (h > 0) {
                double s1 = Math.sqrt(2.0 / dim) / SCALE;
                for (int i = 0; i < w1.length; i++) {
                    w1[i] = (float) (r.nextGaussian() * s1);
                }
                double s2 = Math.sqrt(1.0 / h);
                for (int i = 0; i < h; i++) {
                    w2[i] = (float) (r.nextGaussian() * s2);
                }
            }
        }

        /** The logit; fills {@code hiddenOut} (activations) when not null. */
        double margin(int[] f, float[] v, float[] hiddenOut) {
            double sum = bias;
            int h = o.hidden();
            if (h == 0) {
                for (int d = 0; d < dim; d++) {
                    sum += w1[d] * v[d] * SCALE;
                }
            } else {
                for (int j = 0; j < h; j++) {
                    double a = b1[j];
                    int base = j * dim;
                    for (int d = 0; d < dim; d++) {
                        a += w1[base + d] * v[d];
                    }
                    a = Math.max(0, a * SCALE);
                    if (hiddenOut != null) {
                        hiddenOut[j] = (float) a;
                    }
                    sum += w2[j] * a;
                }
            }
            double scale = 1.0 / Math.sqrt(Math.max(1, f.length));
            for (int idx : f) {
                sum += sparse[idx] * scale;
            }
            return sum;
        }

        void fit(List<int[]> x, List<float[]> dense, List<Integer> labels, List<Integer> rows) {
            List<Integer> order = new ArrayList<>(rows);
            Random random = new Random(SEED);
            int h = o.hidden();
            float[] act = new float[h];
            for (int epoch = 0; epoch < o.epochs(); epoch++) {
                Collections.shuffle(order, random);
                for (int row : order) {
                    int[] f = x.get(row);
                    float[] v = dense.get(row);
                    int y = labels.get(row);
                    double g = CheckWorthiness.sigmoid(margin(f, v, act)) - y;
                    g *= y == 1 ? o.positiveWeight() : 1.0;
                    if (h == 0) {
                        for (int d = 0; d < dim; d++) {
                            double grad = g * v[d] * SCALE + o.l2() * w1[d];
                            g1[d] += (float) (grad * grad);
                            w1[d] -= (float) (RATE * grad / Math.sqrt(g1[d] + 1e-8));
                        }
                    } else {
                        for (int j = 0; j < h; j++) {
                            double gw2 = g * act[j] + o.l2() * w2[j];
                            double back = act[j] > 0 ? g * w2[j] * SCALE : 0;
                            g2[j] += (float) (gw2 * gw2);
                            w2[j] -= (float) (RATE * gw2 / Math.sqrt(g2[j] + 1e-8));
                            if (back != 0) {
                                gb1[j] += (float) (back * back);
                                b1[j] -= (float) (RATE * back / Math.sqrt(gb1[j] + 1e-8));
                                int base = j * dim;
                                for (int d = 0; d < dim; d++) {
                                    double grad = back * v[d] + o.l2() * w1[base + d];
                                    g1[base + d] += (float) (grad * grad);
                                    w1[base + d] -= (float) (RATE * grad / Math.sqrt(g1[base + d] + 1e-8));
                                }
                            }
                        }
                    }
                    double scale = 1.0 / Math.sqrt(Math.max(1, f.length));
                    for (int idx : f) {
                        double grad = g * scale + o.l2() * sparse[idx];
                        sparseG[idx] += (float) (grad * grad);
                        sparse[idx] -= (float) (4 * RATE * grad / Math.sqrt(sparseG[idx] + 1e-8));
                    }
                    biasG += g * g;
                    bias -= RATE * g / Math.sqrt(biasG + 1e-8);
                }
            }
        }
    }

    static int[] folds(List<Integer> labels, int folds) {
        Random random = new Random(SEED);
        List<Integer> pos = new ArrayList<>();
        List<Integer> neg = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            (labels.get(i) == 1 ? pos : neg).add(i);
        }
        Collections.shuffle(pos, random);
        Collections.shuffle(neg, random);
        int[] fold = new int[labels.size()];
        for (int i = 0; i < pos.size(); i++) {
            fold[pos.get(i)] = i % folds;
        }
        for (int i = 0; i < neg.size(); i++) {
            fold[neg.get(i)] = i % folds;
        }
        return fold;
    }

    static double[] best(double[] scores, List<Integer> labels, double negWeight) {
        double[] best = {-1, 0, 0, 0.5};
        for (double t = 0.02; t < 0.98; t += 0.01) {
            double tp = 0;
            double fp = 0;
            double fn = 0;
            for (int i = 0; i < scores.length; i++) {
                boolean p = scores[i] >= t;
                boolean a = labels.get(i) == 1;
                tp += p && a ? 1 : 0;
                fp += p && !a ? negWeight : 0;
                fn += !p && a ? 1 : 0;
            }
            double pr = tp + fp == 0 ? 0 : tp / (tp + fp);
            double re = tp + fn == 0 ? 0 : tp / (tp + fn);
            double f1 = pr + re == 0 ? 0 : 2 * pr * re / (pr + re);
            if (f1 > best[0]) {
                best = new double[] {f1, pr, re, t};
            }
        }
        return best;
    }
}
