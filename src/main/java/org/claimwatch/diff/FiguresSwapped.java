package org.claimwatch.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Figures that traded places between the things they count: the same words and the same figures, but one figure now
 * stands between the words another stood between, and that one took a side of its place ("the Greens on 18% and the
 * Liberals on 12%" became "the Greens on 12% and the Liberals on 18%"; a 45-year-old pedestrian and a 23-year-old
 * rider became the other way round). No
 * figure changed, so no number edit shows it. A figure's neighbours are the nearest words on each side that are not
 * joining words; figures that move with their phrases ("4% in 2023 and 7% in 2024" reordered, a clause moved to the
 * front) keep their own neighbours, not each other's. Pure.
 */
final class FiguresSwapped {

    private FiguresSwapped() {
    }

    static boolean in(Facts a, Facts b) {
        if (a.tokens.size() != b.tokens.size() || !bag(a).equals(bag(b))) {
            return false;
        }
        Map<String, Integer> inA = onlyOnce(a);
        Map<String, Integer> inB = onlyOnce(b);
        List<String> figures = new ArrayList<>();
        for (String x : inA.keySet()) {
            if (inB.containsKey(x)) {
                figures.add(x);
            }
        }
        for (String x : figures) {
            String[] was = context(a, inA.get(x));
            String[] now = context(b, inB.get(x));
            if (Arrays.equals(was, now)) {
                continue;
            }
            for (String y : figures) {
                String[] yWas = context(a, inA.get(y));
                String[] yNow = context(b, inB.get(y));
                // x now stands where y stood, and y took at least one side of x's old place
                if (!x.equals(y) && Arrays.equals(now, yWas) && (yNow[0].equals(was[0]) || yNow[1].equals(was[1]))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String[] context(Facts f, int k) {
        return new String[] {neighbour(f, k, -1), neighbour(f, k, 1)};
    }

    /** Each figure that occurs once, by its text, with its position. */
    private static Map<String, Integer> onlyOnce(Facts f) {
        Map<String, Integer> at = new HashMap<>();
        List<String> twice = new ArrayList<>();
        for (int k = 0; k < f.tokens.size(); k++) {
            Token t = f.tokens.get(k);
            if (t.number() && at.put(key(t), k) != null) {
                twice.add(key(t));
            }
        }
        twice.forEach(at::remove);
        return at;
    }

    /** The words, each figure by its digits alone ("45-jähriger" and "45-jährigen" are one figure). */
    private static List<String> bag(Facts f) {
        List<String> out = new ArrayList<>();
        f.tokens.forEach(t -> out.add(key(t)));
        out.sort(null);
        return out;
    }

    private static String key(Token t) {
        if (!t.number()) {
            return t.norm();
        }
        int end = 0;
        String n = t.norm();
        while (end < n.length() && (Character.isDigit(n.charAt(end)) || n.charAt(end) == '.' || n.charAt(end) == ',')) {
            end++;
        }
        return end == 0 ? n : n.substring(0, end);
    }

    /** The nearest word on one side ({@code step} -1 or 1) that is a figure or no joining word; "" at the sentence's edge. */
    private static String neighbour(Facts f, int k, int step) {
        for (int i = k + step; i >= 0 && i < f.tokens.size(); i += step) {
            Token t = f.tokens.get(i);
            String w = key(t);
            if (t.number() || w.length() >= 3 && !Lexicon.STOP.contains(w) && !RolesSwapped.JOINS.contains(w)) {
                return w;
            }
        }
        return "";
    }
}
