package org.claimwatch.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Turns matched sentence pairs into links (with kinds and moves) and groups of aligned sentences. */
final class Links {

    private Links() {
    }

    static SentenceAlignment build(List<Passage> a, List<Passage> b, Bags bags, List<List<Integer>> partnersA,
                           List<List<Integer>> partnersB) {
        int na = a.size();
        int nb = b.size();
        partnersA.forEach(l -> l.sort(null));
        partnersB.forEach(l -> l.sort(null));
        boolean[] kept = keptInOrder(partnersA, partnersB);
        List<SentenceLink> links = new ArrayList<>(na + nb);
        for (int i = 0; i < na; i++) {
            List<Integer> after = partnersA.get(i);
            if (after.isEmpty()) {
                links.add(new SentenceLink(i, LinkKind.REMOVED, List.of(), 0));
            } else if (after.size() > 1) {
                links.add(new SentenceLink(i, LinkKind.SPLIT, after, round(bags.dice(List.of(i), after))));
            } else if (partnersB.get(after.get(0)).size() > 1) {
                links.add(new SentenceLink(i, LinkKind.MERGED, after,
                        round(bags.dice(partnersB.get(after.get(0)), after))));
            } else if (a.get(i).key().equals(b.get(after.get(0)).key())) {
                links.add(new SentenceLink(i, kept[i] ? LinkKind.UNCHANGED : LinkKind.MOVED, after, 1.0));
            } else {
                links.add(new SentenceLink(i, LinkKind.EDITED, after, round(bags.dice(i, after.get(0)))));
            }
        }
        for (int j = 0; j < nb; j++) {
            if (partnersB.get(j).isEmpty()) {
                links.add(new SentenceLink(-1, LinkKind.ADDED, List.of(j), 0));
            }
        }
        return new SentenceAlignment(links, groups(a, b, bags, partnersA, partnersB));
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }

    /** Marks the 1:1 pairs on a longest run that keeps both orders (the others moved). */
    private static boolean[] keptInOrder(List<List<Integer>> partnersA, List<List<Integer>> partnersB) {
        int na = partnersA.size();
        int[] olds = new int[na];
        int[] seq = new int[na];
        int n = 0;
        for (int i = 0; i < na; i++) {
            List<Integer> p = partnersA.get(i);
            if (p.size() == 1 && partnersB.get(p.get(0)).size() == 1) {
                olds[n] = i;
                seq[n++] = p.get(0);
            }
        }
        int[] tailIdx = new int[n];
        int[] prev = new int[n];
        int len = 0;
        for (int k = 0; k < n; k++) {
            int lo = 0;
            int hi = len;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (seq[tailIdx[mid]] < seq[k]) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            prev[k] = lo > 0 ? tailIdx[lo - 1] : -1;
            tailIdx[lo] = k;
            if (lo == len) {
                len++;
            }
        }
        boolean[] kept = new boolean[na];
        Arrays.fill(kept, false);
        for (int k = len > 0 ? tailIdx[len - 1] : -1; k >= 0; k = prev[k]) {
            kept[olds[k]] = true;
        }
        return kept;
    }

    @SuppressWarnings("unchecked")
    private static List<Group> groups(List<Passage> a, List<Passage> b, Bags bags, List<List<Integer>> partnersA,
                                      List<List<Integer>> partnersB) {
        int na = a.size();
        int nb = b.size();
        int[] parent = new int[na + nb];
        for (int k = 0; k < parent.length; k++) {
            parent[k] = k;
        }
        for (int i = 0; i < na; i++) {
            for (int j : partnersA.get(i)) {
                union(parent, i, na + j);
            }
        }
        // a group is named by its root, its smallest member: groups come out in the order of their first sentence
        List<Integer>[][] byRoot = new List[na + nb][];
        for (int k = 0; k < na + nb; k++) {
            int r = find(parent, k);
            if (byRoot[r] == null) {
                byRoot[r] = new List[] {new ArrayList<>(1), new ArrayList<>(1)};
            }
            if (k < na) {
                byRoot[r][0].add(k);
            } else {
                byRoot[r][1].add(k - na);
            }
        }
        List<Group> out = new ArrayList<>();
        for (List<Integer>[] g : byRoot) {
            if (g == null) {
                continue;
            }
            boolean same = !g[0].isEmpty() && !g[1].isEmpty() && sameKeys(a, g[0], b, g[1]);
            double sim = g[0].isEmpty() || g[1].isEmpty() ? 0 : bags.dice(g[0], g[1]);
            out.add(new Group(g[0], g[1], same, round(sim)));
        }
        return out;
    }

    private static boolean sameKeys(List<Passage> a, List<Integer> olds, List<Passage> b, List<Integer> news) {
        if (olds.size() == 1 && news.size() == 1) {
            return a.get(olds.get(0)).key().equals(b.get(news.get(0)).key());
        }
        return joinedKey(a, olds).equals(joinedKey(b, news));
    }

    private static String joinedKey(List<Passage> ps, List<Integer> idx) {
        StringBuilder s = new StringBuilder();
        for (int i : idx) {
            s.append(ps.get(i).key()).append(' ');
        }
        return s.toString();
    }

    private static int find(int[] parent, int k) {
        while (parent[k] != k) {
            parent[k] = parent[parent[k]];
            k = parent[k];
        }
        return k;
    }

    private static void union(int[] parent, int x, int y) {
        int rx = find(parent, x);
        int ry = find(parent, y);
        if (rx != ry) {
            parent[Math.max(rx, ry)] = Math.min(rx, ry);
        }
    }
}
