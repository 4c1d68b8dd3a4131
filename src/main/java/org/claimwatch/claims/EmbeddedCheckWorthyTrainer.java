package org.claimwatch.claims;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Trains and cross-validates {@link EmbeddedCheckWorthiness} (AdaGrad, L2, fixed seed: reproducible). The
 * threshold is picked by out-of-fold F1 at the data's own class balance; {@link Report#balancedThreshold} is the
 * one that maximises F1 when positives are half the sentences (negatives reweighted). Pure.
 */
public final class EmbeddedCheckWorthyTrainer {

    /** Out-of-fold figures at the chosen threshold, and the same at 50 % positives. */
    public record Report(double f1, double precision, double recall, double threshold, double positiveShare,
                         double balancedF1, double balancedPrecision, double balancedRecall, double balancedThreshold) {
    }

    private static final int EPOCHS = 12;
    private static final double RATE = 0.05;
    private static final double L2 = 1e-5;
    private static final long SEED = 20261205L;

    private EmbeddedCheckWorthyTrainer() {
    }

    public static Report crossValidate(List<String> sentences, List<float[]> vectors, List<Integer> labels, int folds) {
        List<int[]> x = features(sentences);
        int[] fold = folds(labels, folds);
        double[] scores = new double[x.size()];
        for (int k = 0; k < folds; k++) {
            List<Integer> train = new ArrayList<>();
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] != k) {
                    train.add(i);
                }
            }
            EmbeddedCheckWorthiness m = fit(x, vectors, labels, train, 0.5);
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] == k) {
                    scores[i] = CheckWorthiness.sigmoid(m.margin(x.get(i), vectors.get(i)));
                }
            }
        }
        long pos = labels.stream().filter(l -> l == 1).count();
        double negWeight = (double) pos / (labels.size() - pos);
        double[] natural = best(scores, labels, 1.0);
        double[] balanced = best(scores, labels, negWeight);
        return new Report(natural[0], natural[1], natural[2], natural[3], (double) pos / labels.size(),
                balanced[0], balanced[1], balanced[2], balanced[3]);
    }

    public static EmbeddedCheckWorthiness train(List<String> sentences, List<float[]> vectors, List<Integer> labels,
                                                double threshold) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            all.add(i);
        }
        return fit(features(sentences), vectors, labels, all, threshold);
    }

    private static List<int[]> features(List<String> sentences) {
        List<int[]> x = new ArrayList<>(sentences.size());
        sentences.forEach(s -> x.add(CheckWorthyFeatures.of(s)));
        return x;
    }

    private static EmbeddedCheckWorthiness fit(List<int[]> x, List<float[]> vectors, List<Integer> labels,
                                               List<Integer> rows, double threshold) {
        int dim = vectors.get(0).length;
        float[] dense = new float[dim];
        float[] denseG2 = new float[dim];
        float[] sparse = new float[CheckWorthyFeatures.DIM];
        float[] sparseG2 = new float[CheckWorthyFeatures.DIM];
        double[] bias = {0, 0};
        List<Integer> order = new ArrayList<>(rows);
        Random random = new Random(SEED);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.shuffle(order, random);
            for (int row : order) {
                EmbeddedCheckWorthiness current = new EmbeddedCheckWorthiness(dense, sparse, bias[0], threshold);
                int[] f = x.get(row);
                float[] v = vectors.get(row);
                double g = CheckWorthiness.sigmoid(current.margin(f, v)) - labels.get(row);
                for (int d = 0; d < dim; d++) {
                    double grad = g * v[d] * EmbeddedCheckWorthiness.SCALE + L2 * dense[d];
                    denseG2[d] += (float) (grad * grad);
                    dense[d] -= (float) (RATE * grad / Math.sqrt(denseG2[d] + 1e-8));
                }
                double scale = 1.0 / Math.sqrt(Math.max(1, f.length));
                for (int idx : f) {
                    double grad = g * scale + L2 * sparse[idx];
                    sparseG2[idx] += (float) (grad * grad);
                    sparse[idx] -= (float) (4 * RATE * grad / Math.sqrt(sparseG2[idx] + 1e-8));
                }
                bias[1] += g * g;
                bias[0] -= RATE * g / Math.sqrt(bias[1] + 1e-8);
            }
        }
        return new EmbeddedCheckWorthiness(dense, sparse, bias[0], threshold);
    }

    private static int[] folds(List<Integer> labels, int folds) {
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

    /** {F1, P, R, threshold} maximising F1 with each negative counted {@code negWeight} times. */
    private static double[] best(double[] scores, List<Integer> labels, double negWeight) {
        double[] best = {-1, 0, 0, 0.5};
        for (double t = 0.05; t < 0.95; t += 0.01) {
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
