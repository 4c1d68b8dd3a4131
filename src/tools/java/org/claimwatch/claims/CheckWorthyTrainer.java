package org.claimwatch.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Trains the check-worthiness logistic regression (AdaGrad, L2, fixed seed: reproducible) and
 * cross-validates it. Pure; each call works on its own state.
 */
public final class CheckWorthyTrainer {

    /** Out-of-fold result: F1 of the positive class per fold at the chosen threshold, and that threshold. */
    public record Report(double[] foldF1, double pooledF1, double precision, double recall, double threshold) {
    }

    private static final int EPOCHS = 8;
    private static final double RATE = 0.2;
    private static final double L2 = 1e-5;
    private static final long SEED = 20261124L;

    private CheckWorthyTrainer() {
    }

    /** Trains on all sentences; the threshold is the one found by {@code folds}-fold cross-validation. */
    public static CheckWorthiness train(List<String> sentences, List<Integer> labels, double threshold) {
        List<int[]> x = featurise(sentences);
        int[] all = new int[x.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return fit(x, labels, all, threshold);
    }

    /** {@code folds}-fold cross-validation with a shuffled, stratified split; picks the best F1 threshold. */
    public static Report crossValidate(List<String> sentences, List<Integer> labels, int folds) {
        List<int[]> x = featurise(sentences);
        int[] fold = CheckWorthyExperiments.folds(labels, folds, SEED);
        double[] scores = new double[x.size()];
        for (int k = 0; k < folds; k++) {
            List<Integer> train = new ArrayList<>();
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] != k) {
                    train.add(i);
                }
            }
            CheckWorthiness model = fit(x, labels, train.stream().mapToInt(Integer::intValue).toArray(), 0.5);
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] == k) {
                    scores[i] = CheckWorthiness.sigmoid(model.margin(x.get(i)));
                }
            }
        }
        double best = 0.5;
        double bestF1 = -1;
        for (double t = 0.05; t < 0.95; t += 0.01) {
            double f1 = f1(scores, labels, fold, -1, t)[0];
            if (f1 > bestF1) {
                bestF1 = f1;
                best = t;
            }
        }
        double[] perFold = new double[folds];
        for (int k = 0; k < folds; k++) {
            perFold[k] = f1(scores, labels, fold, k, best)[0];
        }
        double[] pooled = f1(scores, labels, fold, -1, best);
        return new Report(perFold, pooled[0], pooled[1], pooled[2], best);
    }

    private static List<int[]> featurise(List<String> sentences) {
        List<int[]> x = new ArrayList<>(sentences.size());
        for (String s : sentences) {
            x.add(CheckWorthyFeatures.of(s));
        }
        return x;
    }

    private static CheckWorthiness fit(List<int[]> x, List<Integer> labels, int[] rows, double threshold) {
        float[] w = new float[CheckWorthyFeatures.DIM];
        float[] g2 = new float[CheckWorthyFeatures.DIM];
        double bias = 0;
        double biasG2 = 0;
        Random random = new Random(SEED);
        int[] order = rows.clone();
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int tmp = order[i];
                order[i] = order[j];
                order[j] = tmp;
            }
            CheckWorthiness current = new CheckWorthiness(w, bias, threshold);
            for (int row : order) {
                int[] f = x.get(row);
                double p = CheckWorthiness.sigmoid(current.margin(f));
                double g = p - labels.get(row);
                double scale = 1.0 / Math.sqrt(Math.max(1, f.length));
                for (int idx : f) {
                    double grad = g * scale + L2 * w[idx];
                    g2[idx] += (float) (grad * grad);
                    w[idx] -= (float) (RATE * grad / Math.sqrt(g2[idx] + 1e-8));
                }
                biasG2 += g * g;
                bias -= RATE * g / Math.sqrt(biasG2 + 1e-8);
                current = new CheckWorthiness(w, bias, threshold);
            }
        }
        return new CheckWorthiness(w, bias, threshold);
    }

    /** {F1, precision, recall} of the positive class over fold {@code k} (all folds when -1). */
    private static double[] f1(double[] scores, List<Integer> labels, int[] fold, int k, double t) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < scores.length; i++) {
            if (k >= 0 && fold[i] != k) {
                continue;
            }
            boolean predicted = scores[i] >= t;
            boolean actual = labels.get(i) == 1;
            tp += predicted && actual ? 1 : 0;
            fp += predicted && !actual ? 1 : 0;
            fn += !predicted && actual ? 1 : 0;
        }
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        return new double[] {p + r == 0 ? 0 : 2 * p * r / (p + r), p, r};
    }
}
