package org.claimwatch.diff;

import org.claimwatch.claims.AnalyzedText;
import org.claimwatch.claims.Claim;
import org.claimwatch.claims.ClaimKind;
import org.claimwatch.claims.Quantity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The claims of one version by sentence: their keys and the numbers they carry. Read-only. */
final class ClaimIndex {

    private final List<List<Claim>> bySentence;

    ClaimIndex(AnalyzedText text) {
        int n = text.sentences().size();
        bySentence = new ArrayList<>(n);
        for (int s = 0; s < n; s++) {
            bySentence.add(new ArrayList<>(2));
        }
        for (Claim c : text.claims()) {
            if (c.sentenceIndex() >= 0 && c.sentenceIndex() < n) {
                bySentence.get(c.sentenceIndex()).add(c);
            }
        }
    }

    List<Claim> claims(List<Integer> sentences) {
        List<Claim> out = new ArrayList<>();
        for (int s : sentences) {
            out.addAll(bySentence.get(s));
        }
        return out;
    }

    /** The keys of the claims of these sentences, preferring the given kinds (all keys when none match). */
    static Set<String> keys(List<Claim> claims, Set<ClaimKind> preferred) {
        Set<String> out = new TreeSet<>();
        for (Claim c : claims) {
            if (c.key() != null && preferred.contains(c.kind())) {
                out.add(c.key());
            }
        }
        if (out.isEmpty()) {
            for (Claim c : claims) {
                if (c.key() != null) {
                    out.add(c.key());
                }
            }
        }
        return out;
    }

    /** Picks one key for a change: shared by both sides if possible, else the smallest; null when none. */
    static String choose(Set<String> before, Set<String> after) {
        for (String k : before) {
            if (after.contains(k)) {
                return k;
            }
        }
        TreeSet<String> all = new TreeSet<>(before);
        all.addAll(after);
        return all.isEmpty() ? null : all.first();
    }

    /** Distinct quantities of these claims, in text order. */
    static List<Quantity> quantities(List<Claim> claims) {
        List<Quantity> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Claim c : claims) {
            for (Quantity q : c.numbers()) {
                if (seen.add(q.start() + ":" + q.end() + ":" + q.value())) {
                    out.add(q);
                }
            }
        }
        out.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return out;
    }

    /** The quantities of {@code mine} with no equal (value, qualifier, unit) among {@code theirs}. */
    static List<Quantity> without(List<Quantity> mine, List<Quantity> theirs) {
        List<String> left = new ArrayList<>();
        for (Quantity q : theirs) {
            left.add(canonical(q));
        }
        List<Quantity> out = new ArrayList<>();
        for (Quantity q : mine) {
            if (!left.remove(canonical(q))) {
                out.add(q);
            }
        }
        return out;
    }

    private static String canonical(Quantity q) {
        return (q.qualifier() == null ? "" : q.qualifier().toLowerCase(Locale.ROOT)) + "|" + q.value() + "|"
                + (q.unit() == null ? "" : q.unit().toLowerCase(Locale.ROOT));
    }
}
