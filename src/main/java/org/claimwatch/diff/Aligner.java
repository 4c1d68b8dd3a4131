package org.claimwatch.diff;

import org.claimwatch.semantic.SentenceVectors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aligns the sentences of two versions: equal content first, then fuzzy matches by weighted word overlap
 * (greedy, best first; looser beside matched neighbours), then split and merge fragments, then moves (sentences
 * outside the longest run kept in order). Each call uses its own state.
 */
final class Aligner {

    static final double MATCH = 0.5;
    static final double NEIGHBOUR_MATCH = 0.3;
    static final double ATTACH = 0.6;
    static final double KEY_MATCH = 0.2;
    private static final int NEIGHBOUR_ROUNDS = 3;
    private static final long MEANING_PAIRS = 200_000;

    private final List<Passage> a;
    private final List<Passage> b;
    private final int na;
    private final int nb;
    private final Bags bags;
    private final int[] matchA;
    private final int[] matchB;
    private SentenceVectors vectors = SentenceVectors.NONE;

    private Aligner(List<Passage> a, List<Passage> b) {
        this.a = a;
        this.b = b;
        this.na = a.size();
        this.nb = b.size();
        this.bags = new Bags(a, b);
        this.matchA = new int[na];
        this.matchB = new int[nb];
        Arrays.fill(matchA, -1);
        Arrays.fill(matchB, -1);
    }

    static SentenceAlignment align(List<Passage> before, List<Passage> after) {
        return align(before, after, SentenceVectors.NONE);
    }

    static SentenceAlignment align(List<Passage> before, List<Passage> after, SentenceVectors vectors) {
        Aligner aligner = new Aligner(before, after);
        aligner.vectors = vectors;
        return aligner.run();
    }

    private SentenceAlignment run() {
        matchEqual();
        List<int[]> candidates = Candidates.find(bags, matchA, matchB);
        double[] sims = new double[candidates.size()];
        for (int k = 0; k < sims.length; k++) {
            // rounded so that a tie stays a tie whichever version is first (sums in another order differ in the last bit)
            sims[k] = Math.round(bags.dice(candidates.get(k)[0], candidates.get(k)[1]) * 1e9) / 1e9;
        }
        Integer[] order = order(candidates, sims);
        for (int k : order) {
            int[] p = candidates.get(k);
            if (sims[k] >= MATCH && matchA[p[0]] < 0 && matchB[p[1]] < 0) {
                link(p[0], p[1]);
            }
        }
        for (int round = 0; round < NEIGHBOUR_ROUNDS; round++) {
            int[] snapshot = matchA.clone();
            boolean changed = false;
            for (int k : order) {
                int[] p = candidates.get(k);
                if (sims[k] >= NEIGHBOUR_MATCH && matchA[p[0]] < 0 && matchB[p[1]] < 0 && besideMatch(snapshot, p[0], p[1])) {
                    link(p[0], p[1]);
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        matchByClaimKey();
        matchByMeaning();
        List<List<Integer>> partnersA = new ArrayList<>(na);
        List<List<Integer>> partnersB = new ArrayList<>(nb);
        for (int i = 0; i < na; i++) {
            partnersA.add(new ArrayList<>(2));
            if (matchA[i] >= 0) {
                partnersA.get(i).add(matchA[i]);
            }
        }
        for (int j = 0; j < nb; j++) {
            partnersB.add(new ArrayList<>(2));
            if (matchB[j] >= 0) {
                partnersB.get(j).add(matchB[j]);
            }
        }
        attachFragments(candidates, partnersA, partnersB);
        return Links.build(a, b, bags, partnersA, partnersB);
    }

    /** Pairs equal keys in order: the k-th old sentence with a key takes the k-th new sentence with it. */
    private void matchEqual() {
        // per key, the first new sentence not yet taken; next[j]: the following new sentence with j's key, or -1
        Map<String, Integer> first = new HashMap<>(nb * 4 / 3 + 16); // sized once: no rehashing of every key
        int[] next = new int[nb];
        for (int j = nb - 1; j >= 0; j--) {
            Integer later = first.put(b.get(j).key(), j);
            next[j] = later == null ? -1 : later;
        }
        for (int i = 0; i < na; i++) {
            Integer j = first.get(a.get(i).key());
            if (j != null && j >= 0) {
                link(i, j);
                first.put(a.get(i).key(), next[j]);
            }
        }
    }

    /**
     * Pairs rewritten sentences that still make the same number or quote claim: a claim key found in exactly one
     * unmatched old sentence and one unmatched new sentence, with some words in common.
     */
    private void matchByClaimKey() {
        Map<String, int[]> byKey = new HashMap<>();
        for (int i = 0; i < na; i++) {
            if (matchA[i] < 0) {
                for (String k : a.get(i).claimKeys()) {
                    int[] slot = byKey.computeIfAbsent(k, x -> new int[] {-1, -1, 0, 0});
                    slot[0] = i;
                    slot[2]++;
                }
            }
        }
        for (int j = 0; j < nb; j++) {
            if (matchB[j] < 0) {
                for (String k : b.get(j).claimKeys()) {
                    int[] slot = byKey.get(k);
                    if (slot != null) {
                        slot[1] = j;
                        slot[3]++;
                    }
                }
            }
        }
        List<int[]> pairs = new ArrayList<>();
        for (int[] slot : byKey.values()) {
            if (slot[2] == 1 && slot[3] == 1 && bags.dice(slot[0], slot[1]) >= KEY_MATCH) {
                pairs.add(slot);
            }
        }
        pairs.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
        for (int[] p : pairs) {
            if (matchA[p[0]] < 0 && matchB[p[1]] < 0) {
                link(p[0], p[1]);
            }
        }
    }

    /**
     * Pairs unmatched sentences that the embeddings call the same claim ({@link VersionDiff#SAME_CLAIM}), best
     * cosine first. Beyond {@link #MEANING_PAIRS} unmatched pairs only those within a quarter of the article of
     * each other's position are compared. Without vectors this does nothing.
     */
    private void matchByMeaning() {
        if (vectors.isEmpty()) {
            return;
        }
        List<Integer> ua = new ArrayList<>();
        List<Integer> ub = new ArrayList<>();
        for (int i = 0; i < na; i++) {
            if (matchA[i] < 0 && !a.get(i).noise() && vectors.get(a.get(i).text()) != null) {
                ua.add(i);
            }
        }
        for (int j = 0; j < nb; j++) {
            if (matchB[j] < 0 && !b.get(j).noise() && vectors.get(b.get(j).text()) != null) {
                ub.add(j);
            }
        }
        boolean windowed = (long) ua.size() * ub.size() > MEANING_PAIRS;
        List<double[]> pairs = new ArrayList<>();
        for (int i : ua) {
            for (int j : ub) {
                if (windowed && Math.abs((double) i / na - (double) j / nb) > 0.25) {
                    continue;
                }
                double cos = vectors.similarity(a.get(i).text(), b.get(j).text());
                if (cos >= VersionDiff.SAME_CLAIM) {
                    pairs.add(new double[] {cos, i, j});
                }
            }
        }
        pairs.sort((x, y) -> x[0] != y[0] ? Double.compare(y[0], x[0])
                : x[1] != y[1] ? Double.compare(x[1], y[1]) : Double.compare(x[2], y[2]));
        for (double[] p : pairs) {
            int i = (int) p[1];
            int j = (int) p[2];
            if (matchA[i] < 0 && matchB[j] < 0) {
                link(i, j);
            }
        }
    }

    private void link(int i, int j) {
        matchA[i] = j;
        matchB[j] = i;
    }

    private boolean besideMatch(int[] snapshot, int i, int j) {
        boolean before = i == 0 && j == 0 || i > 0 && j > 0 && snapshot[i - 1] == j - 1;
        boolean after = i == na - 1 && j == nb - 1 || i + 1 < na && j + 1 < nb && snapshot[i + 1] == j + 1;
        return before || after;
    }

    private Integer[] order(List<int[]> candidates, double[] sims) {
        Integer[] order = new Integer[candidates.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Comparator<Integer> bySim = (x, y) -> Double.compare(sims[y], sims[x]);
        Arrays.sort(order, bySim
                .thenComparingLong(k -> Math.abs((long) candidates.get(k)[0] * nb - (long) candidates.get(k)[1] * na))
                .thenComparingInt(k -> candidates.get(k)[0] + candidates.get(k)[1])
                .thenComparingInt(k -> Math.min(candidates.get(k)[0], candidates.get(k)[1]))
                .thenComparingInt(k -> candidates.get(k)[0]));
        return order;
    }

    /** Joins unmatched sentences to a matched neighbour they are part of (splits and merges). */
    private void attachFragments(List<int[]> candidates, List<List<Integer>> partnersA, List<List<Integer>> partnersB) {
        int[] bestOldForNew = new int[nb];
        double[] bestOldScore = new double[nb];
        int[] bestNewForOld = new int[na];
        double[] bestNewScore = new double[na];
        Arrays.fill(bestOldForNew, -1);
        Arrays.fill(bestNewForOld, -1);
        for (int[] p : candidates) {
            int i = p[0];
            int j = p[1];
            if (matchB[j] < 0 && matchA[i] >= 0 && Math.abs(matchA[i] - j) <= 2) {
                double c = bags.containedInA(j, i);
                if (c >= ATTACH && better(c, i, j, bestOldScore[j], bestOldForNew[j], j)
                        && bags.dice(List.of(i), sorted(matchA[i], j)) > bags.dice(i, matchA[i])) {
                    bestOldScore[j] = c;
                    bestOldForNew[j] = i;
                }
            }
            if (matchA[i] < 0 && matchB[j] >= 0 && Math.abs(matchB[j] - i) <= 2) {
                double c = bags.containedInB(i, j);
                if (c >= ATTACH && better(c, i, j, bestNewScore[i], i, bestNewForOld[i])
                        && bags.dice(sorted(matchB[j], i), List.of(j)) > bags.dice(matchB[j], j)) {
                    bestNewScore[i] = c;
                    bestNewForOld[i] = j;
                }
            }
        }
        for (int j = 0; j < nb; j++) {
            if (bestOldForNew[j] >= 0) {
                partnersA.get(bestOldForNew[j]).add(j);
                partnersB.get(j).add(bestOldForNew[j]);
            }
        }
        for (int i = 0; i < na; i++) {
            if (bestNewForOld[i] >= 0) {
                partnersB.get(bestNewForOld[i]).add(i);
                partnersA.get(i).add(bestNewForOld[i]);
            }
        }
    }

    /** Higher containment wins; ties go to the pair nearer in relative position, then nearer the start. */
    private boolean better(double c, int i, int j, double bestC, int bestI, int bestJ) {
        if (bestI < 0 || bestJ < 0 || c != bestC) {
            return c > bestC;
        }
        long d = Math.abs((long) i * nb - (long) j * na);
        long bestD = Math.abs((long) bestI * nb - (long) bestJ * na);
        return d != bestD ? d < bestD : i + j < bestI + bestJ;
    }

    private static List<Integer> sorted(int x, int y) {
        return x < y ? List.of(x, y) : List.of(y, x);
    }
}
