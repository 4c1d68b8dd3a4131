package org.claimwatch.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who did what to whom: the same words, two named parties trading places across a word that is not a coordination
 * ("Ruth Baines defeated Tom Hale" became "Tom Hale defeated Ruth Baines"): the bag of words is unchanged, so no
 * edit of a word shows it, and a word that joins nothing still stands between the two. "Ruth and Tom" becoming "Tom
 * and Ruth", a quote moved before its speaker and an attribution moved to the end ("According to the police, ..."
 * became "..., according to the police") stay minor. Pure.
 */
final class RolesSwapped {

    static final Set<String> JOINS = Set.of("and", "or", "with", "&", "y", "e", "et", "und", "en", "o", "og",
            "och", "i", "a", "ve", "и", "і");

    private RolesSwapped() {
    }

    static boolean in(Facts a, Facts b) {
        if (a.tokens.size() != b.tokens.size() || !sameBag(a, b)) {
            return false;
        }
        Set<String> names = new java.util.HashSet<>();
        names(a, names);
        names(b, names);
        List<int[]> ra = runs(a, names);
        List<int[]> rb = runs(b, names);
        for (int i = 0; i < ra.size(); i++) {
            for (int j = i + 1; j < ra.size(); j++) {
                String first = key(a, ra.get(i));
                String second = key(a, ra.get(j));
                if (first.equals(second)) {
                    continue;
                }
                int bi = indexOf(b, rb, first);
                int bj = indexOf(b, rb, second);
                if (bi >= 0 && bj >= 0 && bj < bi
                        && shareAWord(between(a, ra.get(i)[1], ra.get(j)[0]), between(b, rb.get(bj)[1], rb.get(bi)[0]))) {
                    return true; // the same word still stands between them: they traded places around it
                }
            }
        }
        return false;
    }

    private static boolean sameBag(Facts a, Facts b) {
        List<String> x = new ArrayList<>();
        List<String> y = new ArrayList<>();
        a.tokens.forEach(t -> x.add(t.norm()));
        b.tokens.forEach(t -> y.add(t.norm()));
        x.sort(null);
        y.sort(null);
        return x.equals(y);
    }

    /** The keys of the runs that hold a name (a capitalised word that is not only a sentence's start). */
    private static void names(Facts f, Set<String> out) {
        for (int[] run : runs(f, null)) {
            for (int k = run[0]; k < run[1]; k++) {
                if (f.tokens.get(k).name()) {
                    out.add(key(f, run));
                    break;
                }
            }
        }
    }

    /**
     * Runs [from, to) of capitalised words outside quotes whose last word is a name on either side ({@code names};
     * all runs when null): "Martinez" opening the sentence is the name it is later in the other version.
     */
    private static List<int[]> runs(Facts f, Set<String> names) {
        List<int[]> out = new ArrayList<>();
        int k = 0;
        while (k < f.tokens.size()) {
            if (f.inQuote[k] || !capitalised(f.tokens.get(k))) {
                k++;
                continue;
            }
            int from = k;
            while (k < f.tokens.size() && !f.inQuote[k] && capitalised(f.tokens.get(k))) {
                k++;
            }
            if (names == null || names.contains(f.tokens.get(k - 1).norm())) {
                out.add(new int[] {from, k});
            }
        }
        return out;
    }

    private static boolean capitalised(Token t) {
        return !t.text().isEmpty() && Character.isUpperCase(t.text().charAt(0));
    }

    /** A run's last word: the surname, however the run's start reads ("Senator Amina Yusuf", "Amina Yusuf"). */
    private static String key(Facts f, int[] run) {
        return f.tokens.get(run[1] - 1).norm();
    }

    private static int indexOf(Facts f, List<int[]> runs, String key) {
        for (int i = 0; i < runs.size(); i++) {
            if (key(f, runs.get(i)).equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** The words of three letters or more that join nothing between {@code from} and {@code to}. */
    private static Set<String> between(Facts f, int from, int to) {
        Set<String> out = new java.util.HashSet<>();
        for (int k = from; k < to; k++) {
            String w = f.tokens.get(k).norm();
            if (w.length() >= 3 && !JOINS.contains(w) && !f.tokens.get(k).number()) {
                out.add(w);
            }
        }
        return out;
    }

    private static boolean shareAWord(Set<String> x, Set<String> y) {
        for (String w : x) {
            if (y.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
