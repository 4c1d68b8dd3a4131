package org.claimwatch.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Candidate sentence pairs for fuzzy matching, found through an inverted index on rare words (a word in more
 * than {@link #RARE_DF} sentences is not indexed), the slot beside a matched neighbour and, for sentences
 * without a rare word, a positional window.
 * Each sentence keeps its {@link #TOP} best candidates; the result is the same whichever version is first.
 */
final class Candidates {

    static final int RARE_DF = 48;
    static final int TOP = 6;
    static final int WINDOW = 3;

    private Candidates() {
    }

    /** Pairs {old, new} among the unmatched sentences ({@code matchA[i] < 0}, {@code matchB[j] < 0}). */
    static List<int[]> find(Bags bags, int[] matchA, int[] matchB) {
        int na = matchA.length;
        int nb = matchB.length;
        Set<Long> pairs = new LinkedHashSet<>();
        if (na == 0 || nb == 0) {
            return List.of();
        }
        int[][] postB = postings(bags, bags.idsB, matchB);
        int[][] postA = postings(bags, bags.idsA, matchA);
        collect(bags, bags.idsA, bags.cntA, matchA, postB, matchB, pairs, false, na, nb);
        collect(bags, bags.idsB, bags.cntB, matchB, postA, matchA, pairs, true, nb, na);
        if (matchA[0] < 0 && matchB[0] < 0) {
            pairs.add(key(0, 0));
        }
        if (matchA[na - 1] < 0 && matchB[nb - 1] < 0) {
            pairs.add(key(na - 1, nb - 1));
        }
        neighbours(matchA, matchB, pairs, false);
        neighbours(matchB, matchA, pairs, true);
        List<int[]> out = new ArrayList<>(pairs.size());
        for (long p : pairs) {
            out.add(new int[] {(int) (p >>> 32), (int) p});
        }
        return out;
    }

    /** Pairs an unmatched sentence with the unmatched one beside its neighbour's match (same slot). */
    private static void neighbours(int[] match, int[] other, Set<Long> pairs, boolean swap) {
        for (int s = 0; s < match.length; s++) {
            if (match[s] >= 0) {
                continue;
            }
            if (s > 0 && match[s - 1] >= 0 && match[s - 1] + 1 < other.length && other[match[s - 1] + 1] < 0) {
                pairs.add(swap ? key(match[s - 1] + 1, s) : key(s, match[s - 1] + 1));
            }
            if (s + 1 < match.length && match[s + 1] > 0 && other[match[s + 1] - 1] < 0) {
                pairs.add(swap ? key(match[s + 1] - 1, s) : key(s, match[s + 1] - 1));
            }
        }
    }

    private static int[][] postings(Bags bags, int[][] ids, int[] match) {
        int v = bags.df.length;
        int[] size = new int[v];
        for (int s = 0; s < ids.length; s++) {
            if (match[s] < 0) {
                for (int id : ids[s]) {
                    if (bags.df[id] <= RARE_DF) {
                        size[id]++;
                    }
                }
            }
        }
        int[][] post = new int[v][];
        for (int id = 0; id < v; id++) {
            post[id] = new int[size[id]];
        }
        Arrays.fill(size, 0);
        for (int s = 0; s < ids.length; s++) {
            if (match[s] < 0) {
                for (int id : ids[s]) {
                    if (bags.df[id] <= RARE_DF) {
                        post[id][size[id]++] = s;
                    }
                }
            }
        }
        return post;
    }

    private static void collect(Bags bags, int[][] ids, int[][] cnt, int[] match, int[][] post, int[] otherMatch,
                                Set<Long> pairs, boolean swap, int n, int m) {
        double[] acc = new double[m];
        int[] touched = new int[m];
        for (int s = 0; s < n; s++) {
            if (match[s] >= 0) {
                continue;
            }
            int t = 0;
            boolean rare = false;
            for (int k = 0; k < ids[s].length; k++) {
                int id = ids[s][k];
                if (bags.df[id] > RARE_DF) {
                    continue;
                }
                rare = true;
                for (int o : post[id]) {
                    if (acc[o] == 0) {
                        touched[t++] = o;
                    }
                    acc[o] += bags.weight[id] * cnt[s][k];
                }
            }
            if (!rare) {
                window(s, n, m, otherMatch, pairs, swap);
                continue;
            }
            keepTop(s, touched, t, acc, n, m, pairs, swap);
            for (int k = 0; k < t; k++) {
                acc[touched[k]] = 0;
            }
        }
    }

    private static void keepTop(int s, int[] touched, int t, double[] acc, int n, int m, Set<Long> pairs, boolean swap) {
        Integer[] order = new Integer[t];
        for (int k = 0; k < t; k++) {
            order[k] = touched[k];
        }
        long sn = s;
        Arrays.sort(order, (x, y) -> {
            int c = Double.compare(acc[y], acc[x]);
            if (c != 0) {
                return c;
            }
            c = Long.compare(Math.abs(sn * m - (long) x * n), Math.abs(sn * m - (long) y * n));
            return c != 0 ? c : Integer.compare(x, y);
        });
        for (int k = 0; k < Math.min(TOP, t); k++) {
            pairs.add(swap ? key(order[k], s) : key(s, order[k]));
        }
    }

    private static void window(int s, int n, int m, int[] otherMatch, Set<Long> pairs, boolean swap) {
        long span = (long) WINDOW * Math.max(n, m);
        long centre = (long) s * m;
        long lo = Math.max(0, (centre - span + n - 1) / n);
        long hi = Math.min(m - 1, (centre + span) / n);
        for (long o = lo; o <= hi; o++) {
            if (otherMatch[(int) o] < 0) {
                pairs.add(swap ? key((int) o, s) : key(s, (int) o));
            }
        }
    }

    private static long key(int i, int j) {
        return ((long) i << 32) | (j & 0xffffffffL);
    }
}
