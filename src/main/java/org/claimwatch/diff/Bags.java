package org.claimwatch.diff;

import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Weighted word bags of the sentences of two versions over one vocabulary. Rare words weigh more (inverse
 * sentence frequency), numbers and names more again, stop words little. Read-only after construction (sentences
 * of one text share their arrays).
 */
final class Bags {

    final int[][] idsA;
    final int[][] cntA;
    final int[][] idsB;
    final int[][] cntB;
    final int[] df;
    final double[] weight;
    final double[] totalA;
    final double[] totalB;

    Bags(List<Passage> a, List<Passage> b) {
        // sized once (a long text has about as many distinct words as sentences); no order of either map is used
        Map<String, Integer> vocab = new HashMap<>(a.size() + b.size() + 16);
        idsA = new int[a.size()][];
        cntA = new int[a.size()][];
        idsB = new int[b.size()][];
        cntB = new int[b.size()][];
        BitSetish flags = new BitSetish();
        // sentences prepared from one text share their token list (Passages): each text's bag is built once
        Map<List<Token>, int[][]> built = new IdentityHashMap<>(a.size() + b.size());
        fill(a, vocab, idsA, cntA, flags, built);
        fill(b, vocab, idsB, cntB, flags, built);
        int v = vocab.size();
        df = new int[v];
        for (int[] ids : idsA) {
            for (int id : ids) {
                df[id]++;
            }
        }
        for (int[] ids : idsB) {
            for (int id : ids) {
                df[id]++;
            }
        }
        weight = new double[v];
        double n = Math.min(a.size() + b.size(), 60);
        for (Map.Entry<String, Integer> e : vocab.entrySet()) {
            int id = e.getValue();
            double boost = flags.number(id) ? 2.0 : flags.name(id) ? 1.5 : Lexicon.STOP.contains(e.getKey()) ? 0.2 : 1.0;
            weight[id] = Math.max(0.5, Math.log(1 + n / df[id])) * boost;
        }
        totalA = totals(idsA, cntA);
        totalB = totals(idsB, cntB);
    }

    private static void fill(List<Passage> ps, Map<String, Integer> vocab, int[][] ids, int[][] cnt, BitSetish flags,
                             Map<List<Token>, int[][]> built) {
        for (int s = 0; s < ps.size(); s++) {
            List<Token> tokens = ps.get(s).tokens();
            int[][] bag = built.get(tokens);
            if (bag == null) {
                bag = bag(tokens, vocab, flags);
                built.put(tokens, bag);
            }
            ids[s] = bag[0];
            cnt[s] = bag[1];
        }
    }

    /** The sorted word ids of one sentence and their counts. */
    private static int[][] bag(List<Token> tokens, Map<String, Integer> vocab, BitSetish flags) {
        int numbers = 0;
        for (Token t : tokens) {
            numbers += t.number() ? 1 : 0;
        }
        int[] raw = new int[tokens.size() + numbers];
        int r = 0;
        for (Token t : tokens) {
            raw[r++] = id(vocab, stem(t), t.number(), t.name(), flags);
            if (t.number()) {
                raw[r++] = id(vocab, ANY_NUMBER, false, false, flags);
            }
        }
        Arrays.sort(raw);
        int unique = 0;
        for (int k = 0; k < raw.length; k++) {
            if (k == 0 || raw[k] != raw[k - 1]) {
                unique++;
            }
        }
        int[] u = new int[unique];
        int[] c = new int[unique];
        int p = -1;
        for (int k = 0; k < raw.length; k++) {
            if (k == 0 || raw[k] != raw[k - 1]) {
                u[++p] = raw[k];
            }
            c[p]++;
        }
        return new int[][] {u, c};
    }

    /** A number of any value: sentences whose numbers changed still share it. */
    private static final String ANY_NUMBER = "\u0001number";

    private static int id(Map<String, Integer> vocab, String word, boolean number, boolean name, BitSetish flags) {
        Integer id = vocab.get(word);
        if (id == null) {
            id = vocab.size();
            vocab.put(word, id);
        }
        flags.mark(id, number, name);
        return id;
    }

    /** Crude suffix stripping so "killed", "killing" and "kills" weigh as one word in similarity. */
    static String stem(Token t) {
        String n = t.norm();
        if (t.number() || n.length() < 5) {
            return n;
        }
        if (n.endsWith("ing") && n.length() >= 6) {
            return n.substring(0, n.length() - 3);
        }
        if (n.endsWith("ed") || n.endsWith("es")) {
            return n.substring(0, n.length() - 2);
        }
        return n.endsWith("s") && !n.endsWith("ss") ? n.substring(0, n.length() - 1) : n;
    }

    private double[] totals(int[][] ids, int[][] cnt) {
        double[] out = new double[ids.length];
        for (int s = 0; s < ids.length; s++) {
            double w = 0;
            for (int k = 0; k < ids[s].length; k++) {
                w += weight[ids[s][k]] * cnt[s][k];
            }
            out[s] = w;
        }
        return out;
    }

    /** Weighted overlap of two bags. */
    double overlap(int[] ia, int[] ca, int[] ib, int[] cb) {
        double w = 0;
        int x = 0;
        int y = 0;
        while (x < ia.length && y < ib.length) {
            if (ia[x] == ib[y]) {
                w += weight[ia[x]] * Math.min(ca[x], cb[y]);
                x++;
                y++;
            } else if (ia[x] < ib[y]) {
                x++;
            } else {
                y++;
            }
        }
        return w;
    }

    /** Weighted Dice similarity of old sentence i and new sentence j, in [0,1]. */
    double dice(int i, int j) {
        double total = totalA[i] + totalB[j];
        return total == 0 ? (idsA[i].length == 0 && idsB[j].length == 0 ? 1 : 0)
                : 2 * overlap(idsA[i], cntA[i], idsB[j], cntB[j]) / total;
    }

    /** Weighted Dice similarity of the union of old sentences and the union of new sentences. */
    double dice(List<Integer> olds, List<Integer> news) {
        int[][] a = union(olds, idsA, cntA);
        int[][] b = union(news, idsB, cntB);
        double total = sum(olds, totalA) + sum(news, totalB);
        return total == 0 ? 1 : 2 * overlap(a[0], a[1], b[0], b[1]) / total;
    }

    private static double sum(List<Integer> idx, double[] totals) {
        double s = 0;
        for (int i : idx) {
            s += totals[i];
        }
        return s;
    }

    private static int[][] union(List<Integer> idx, int[][] ids, int[][] cnt) {
        if (idx.size() == 1) {
            return new int[][] {ids[idx.get(0)], cnt[idx.get(0)]};
        }
        Map<Integer, Integer> m = new HashMap<>();
        for (int s : idx) {
            for (int k = 0; k < ids[s].length; k++) {
                m.merge(ids[s][k], cnt[s][k], Integer::sum);
            }
        }
        int[] u = m.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        int[] c = new int[u.length];
        for (int k = 0; k < u.length; k++) {
            c[k] = m.get(u[k]);
        }
        return new int[][] {u, c};
    }

    /** Share of new sentence j's weight found in old sentence i. */
    double containedInA(int j, int i) {
        return totalB[j] == 0 ? 0 : overlap(idsA[i], cntA[i], idsB[j], cntB[j]) / totalB[j];
    }

    /** Share of old sentence i's weight found in new sentence j. */
    double containedInB(int i, int j) {
        return totalA[i] == 0 ? 0 : overlap(idsA[i], cntA[i], idsB[j], cntB[j]) / totalA[i];
    }

    /** Number and name marks per word id, OR-ed over every occurrence in either version. */
    private static final class BitSetish {
        private final java.util.BitSet numbers = new java.util.BitSet();
        private final java.util.BitSet names = new java.util.BitSet();

        void mark(int id, boolean number, boolean name) {
            if (number) {
                numbers.set(id);
            }
            if (name) {
                names.set(id);
            }
        }

        boolean number(int id) {
            return numbers.get(id);
        }

        boolean name(int id) {
            return names.get(id);
        }
    }
}
