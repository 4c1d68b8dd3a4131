package org.claimwatch.claims;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Cross-validation of check-worthiness variants for {@code ./tools cv-checkworthy}: logistic regression or a
 * one-hidden-layer MLP (ReLU) over dense sentence-embedding features, optionally plus the hashed n-gram / hand
 * features of {@link CheckWorthyFeatures} as a linear term, optionally with positives weighted. Same folds, seed,
 * threshold search and 50 % reweighting for every variant; {@link EmbeddedCheckWorthyTrainer} trains the shipped one
 * with this core. Deterministic.
 */
public final class CheckWorthyExperiments {

    /** One variant's out-of-fold figures at the natural balance and at 50 % positives. */
    public record Row(String name, double f1, double precision, double recall, double threshold,
                      double bf1, double bprecision, double brecall, double bthreshold, double heldOutF1,
                      double heldOutBalancedF1) {
    }

    /** How a variant is trained. {@code hidden} 0 = logistic regression. */
    public record Options(boolean ngrams, double positiveWeight, int hidden, int epochs, double l2, boolean standardize,
                          boolean cues, double rate, double sparseRate, boolean average, int seeds, int knn, long foldSeed) {
        public Options(boolean ngrams, double positiveWeight, int hidden, int epochs, double l2) {
            this(ngrams, positiveWeight, hidden, epochs, l2, false);
        }

        public Options(boolean ngrams, double positiveWeight, int hidden, int epochs, double l2, boolean standardize) {
            this(ngrams, positiveWeight, hidden, epochs, l2, standardize, false, RATE, 4, false, 1, 0, SEED);
        }

        /**
         * A variant spec: {@code key=value} pairs joined by ':' after the feature part, e.g.
         * {@code ngram+cues:l2=1e-4:ep=20:rate=0.05:srate=4:w=1:h=0:z:avg:seeds=3}.
         */
        public static Options parse(String spec) {
            String[] parts = spec.split(":");
            boolean ngrams = parts[0].contains("ngram");
            boolean cues = parts[0].contains("cues");
            double w = 1;
            int h = 0;
            int ep = 12;
            double l2 = 1e-5;
            boolean z = false;
            double rate = RATE;
            double srate = 4;
            boolean avg = false;
            int seeds = 1;
            int knn = 0;
            long fseed = SEED;
            for (int i = 1; i < parts.length; i++) {
                String[] kv = parts[i].split("=", 2);
                String v = kv.length > 1 ? kv[1] : "";
                switch (kv[0]) {
                    case "w" -> w = Double.parseDouble(v);
                    case "h" -> h = Integer.parseInt(v);
                    case "ep" -> ep = Integer.parseInt(v);
                    case "l2" -> l2 = Double.parseDouble(v);
                    case "z" -> z = true;
                    case "rate" -> rate = Double.parseDouble(v);
                    case "srate" -> srate = Double.parseDouble(v);
                    case "avg" -> avg = true;
                    case "seeds" -> seeds = Integer.parseInt(v);
                    case "knn" -> knn = Integer.parseInt(v);
                    case "fseed" -> fseed = Long.parseLong(v);
                    default -> throw new IllegalArgumentException("unknown option " + parts[i]);
                }
            }
            return new Options(ngrams, w, h, ep, l2, z, cues, rate, srate, avg, seeds, knn, fseed);
        }
    }

    private static final long SEED = 20261205L;
    private static final double SCALE = EmbeddedCheckWorthiness.SCALE;
    private static final double RATE = 0.05;

    private CheckWorthyExperiments() {
    }

    public static Row crossValidate(String name, List<String> sentences, List<float[]> dense, List<Integer> labels,
                                    Options o, int folds) {
        return crossValidate(name, sentences, dense, null, labels, o, folds);
    }

    /**
     * As above; with {@code second} not null, a second model of the same options over {@code second} (no n-grams)
     * is trained on the same rows and the two logits are averaged (late fusion of two embeddings).
     */
    public static Row crossValidate(String name, List<String> sentences, List<float[]> dense, List<float[]> second,
                                    List<Integer> labels, Options o, int folds) {
        List<int[]> x = new ArrayList<>(sentences.size());
        sentences.forEach(s -> x.add(features(s, o)));
        int[] fold = folds(labels, folds, o.foldSeed());
        double[] scores = new double[x.size()];
        for (int k = 0; k < folds; k++) {
            List<Integer> train = new ArrayList<>();
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] != k) {
                    train.add(i);
                }
            }
            List<float[]> d = o.standardize() ? standardized(dense, train) : dense;
            if (o.knn() > 0) {
                d = withKnn(d, neighbours(dense), labels, fold, k, o.knn());
            }
            for (int seed = 0; seed < o.seeds(); seed++) {
                Net net = new Net(d.get(0).length, o, SEED + seed);
                net.fit(x, d, labels, train);
                Net other = null;
                if (second != null) {
                    other = new Net(second.get(0).length, o, SEED + seed);
                    other.fit(x, second, labels, train);
                }
                for (int i = 0; i < fold.length; i++) {
                    if (fold[i] == k) {
                        double m = net.margin(x.get(i), d.get(i), null);
                        if (other != null) {
                            m = (m + other.margin(x.get(i), second.get(i), null)) / 2;
                        }
                        scores[i] += m / o.seeds();
                    }
                }
            }
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] == k) {
                    scores[i] = CheckWorthiness.sigmoid(scores[i]);
                }
            }
        }
        long pos = labels.stream().filter(l -> l == 1).count();
        double negWeight = (double) pos / (labels.size() - pos);
        double[] n = best(scores, labels, 1.0);
        double[] b = best(scores, labels, negWeight);
        return new Row(name, n[0], n[1], n[2], n[3], b[0], b[1], b[2], b[3],
                heldOutThreshold(scores, labels, fold, folds, 1.0), heldOutThreshold(scores, labels, fold, folds, negWeight));
    }

    /**
     * F1 when each fold is cut at the threshold that the other folds' out-of-fold scores pick (the threshold never
     * sees the sentences it is scored on): the pooled figure without the optimism of choosing the cut on them.
     */
    static double heldOutThreshold(double[] scores, List<Integer> labels, int[] fold, int folds, double negWeight) {
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (int k = 0; k < folds; k++) {
            List<Double> s = new ArrayList<>();
            List<Integer> l = new ArrayList<>();
            for (int i = 0; i < scores.length; i++) {
                if (fold[i] != k) {
                    s.add(scores[i]);
                    l.add(labels.get(i));
                }
            }
            double t = best(s.stream().mapToDouble(Double::doubleValue).toArray(), l, negWeight)[3];
            for (int i = 0; i < scores.length; i++) {
                if (fold[i] == k) {
                    boolean p = scores[i] >= t;
                    boolean a = labels.get(i) == 1;
                    tp += p && a ? 1 : 0;
                    fp += p && !a ? negWeight : 0;
                    fn += !p && a ? 1 : 0;
                }
            }
        }
        return tp == 0 ? 0 : 2 * tp / (2 * tp + fp + fn);
    }

    /** A model of {@code o} fitted on {@code rows} (seed {@link #SEED}). */
    static Net fit(List<int[]> x, List<float[]> dense, List<Integer> labels, List<Integer> rows, Options o) {
        Net net = new Net(dense.get(0).length, o, SEED);
        net.fit(x, dense, labels, rows);
        return net;
    }

    /** The sparse features of one sentence under {@code o}: n-grams/hand features and/or the phrase-class cues. */
    static int[] features(String sentence, Options o) {
        if (o.ngrams()) {
            return EmbeddedCheckWorthiness.features(sentence, o.cues());
        }
        return o.cues() ? CheckWorthyCues.features(sentence, new int[0]) : new int[0];
    }

    private static int[][] neighbourCache;
    private static List<float[]> neighbourOf;

    /** The 64 nearest other rows of each row by cosine (vectors are unit length), computed once per vector list. */
    static synchronized int[][] neighbours(List<float[]> v) {
        if (neighbourOf == v) {
            return neighbourCache;
        }
        int n = v.size();
        int top = 64;
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            float[] a = v.get(i);
            float[] bestSim = new float[top];
            int[] best = new int[top];
            java.util.Arrays.fill(bestSim, -2f);
            java.util.Arrays.fill(best, -1);
            for (int j = 0; j < n; j++) {
                if (j == i) {
                    continue;
                }
                float[] b = v.get(j);
                float sim = 0;
                for (int d = 0; d < a.length; d++) {
                    sim += a[d] * b[d];
                }
                if (sim > bestSim[top - 1]) {
                    int p = top - 1;
                    while (p > 0 && bestSim[p - 1] < sim) {
                        bestSim[p] = bestSim[p - 1];
                        best[p] = best[p - 1];
                        p--;
                    }
                    bestSim[p] = sim;
                    best[p] = j;
                }
            }
            out[i] = best;
        }
        neighbourOf = v;
        neighbourCache = out;
        return out;
    }

    /**
     * {@code d} with one more dimension: the smoothed positive share among the {@code k} nearest training-fold rows
     * (never the row itself, never a row of the held-out fold), as a centred log-odds / 4.
     */
    static List<float[]> withKnn(List<float[]> d, int[][] nn, List<Integer> labels, int[] fold, int heldOut, int k) {
        List<float[]> out = new ArrayList<>(d.size());
        for (int i = 0; i < d.size(); i++) {
            int seen = 0;
            double pos = 0;
            for (int j : nn[i]) {
                if (j < 0 || fold[j] == heldOut) {
                    continue;
                }
                pos += labels.get(j);
                if (++seen == k) {
                    break;
                }
            }
            double p = (pos + 0.25) / (seen + 1.0);
            float[] v = java.util.Arrays.copyOf(d.get(i), d.get(i).length + 1);
            v[v.length - 1] = (float) (Math.log(p / (1 - p)) / 4 / SCALE);
            out.add(v);
        }
        return out;
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

        final long seed;

        Net(int dim, Options o, long seed) {
            this.seed = seed;
            this.dim = dim;
            this.o = o;
            int h = o.hidden();
            w1 = new float[h == 0 ? dim : h * dim];
            g1 = new float[w1.length];
            b1 = new float[h];
            gb1 = new float[h];
            w2 = new float[h];
            g2 = new float[h];
            Random r = new Random(seed);
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
            Random random = new Random(seed);
            int h = o.hidden();
            float[] act = new float[h];
            double rate = o.rate();
            double srate = o.sparseRate() * o.rate();
            float[] sumW1 = o.average() && h == 0 ? new float[w1.length] : null;
            float[] sumSparse = o.average() ? new float[sparse.length] : null;
            double sumBias = 0;
            int averaged = 0;
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
                            w1[d] -= (float) (rate * grad / Math.sqrt(g1[d] + 1e-8));
                        }
                    } else {
                        for (int j = 0; j < h; j++) {
                            double gw2 = g * act[j] + o.l2() * w2[j];
                            double back = act[j] > 0 ? g * w2[j] * SCALE : 0;
                            g2[j] += (float) (gw2 * gw2);
                            w2[j] -= (float) (rate * gw2 / Math.sqrt(g2[j] + 1e-8));
                            if (back != 0) {
                                gb1[j] += (float) (back * back);
                                b1[j] -= (float) (rate * back / Math.sqrt(gb1[j] + 1e-8));
                                int base = j * dim;
                                for (int d = 0; d < dim; d++) {
                                    double grad = back * v[d] + o.l2() * w1[base + d];
                                    g1[base + d] += (float) (grad * grad);
                                    w1[base + d] -= (float) (rate * grad / Math.sqrt(g1[base + d] + 1e-8));
                                }
                            }
                        }
                    }
                    double scale = 1.0 / Math.sqrt(Math.max(1, f.length));
                    for (int idx : f) {
                        double grad = g * scale + o.l2() * sparse[idx];
                        sparseG[idx] += (float) (grad * grad);
                        sparse[idx] -= (float) (srate * grad / Math.sqrt(sparseG[idx] + 1e-8));
                    }
                    biasG += g * g;
                    bias -= rate * g / Math.sqrt(biasG + 1e-8);
                }
                if (sumW1 != null && epoch >= o.epochs() / 2) {
                    for (int i = 0; i < w1.length; i++) {
                        sumW1[i] += w1[i];
                    }
                    for (int i = 0; i < sparse.length; i++) {
                        sumSparse[i] += sparse[i];
                    }
                    sumBias += bias;
                    averaged++;
                }
            }
            if (sumW1 != null && averaged > 0) {
                for (int i = 0; i < w1.length; i++) {
                    w1[i] = sumW1[i] / averaged;
                }
                for (int i = 0; i < sparse.length; i++) {
                    sparse[i] = sumSparse[i] / averaged;
                }
                bias = sumBias / averaged;
            }
        }
    }

    static int[] folds(List<Integer> labels, int folds, long seed) {
        Random random = new Random(seed);
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
