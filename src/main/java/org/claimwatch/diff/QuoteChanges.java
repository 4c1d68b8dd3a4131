package org.claimwatch.diff;

import org.claimwatch.claims.ClaimKind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Pairs the quotes of two aligned passages and reports those changed, added or removed. */
final class QuoteChanges {

    static final double PAIR = 0.3;
    /** A quotation whose marks stay around fewer (or more) of its words: changed, not gone. */
    static final double MARKS_KEPT = 0.65;

    /** A quotation turned into reported speech with its words standing: shown, below the alert threshold. */
    static final double REPORTED = 0.35;
    /** Share of a quotation's words (stems) that must stand, unquoted, on the other side for it to be reported. */
    private static final double REPORTED_SHARE = 0.75;
    private static final int MIN_REPORTED_WORDS = 3;
    private static final int STEM = 5;

    private QuoteChanges() {
    }

    /**
     * True when the words of quotation {@code q} of {@code side} (its content words, compared by their first
     * {@link #STEM} letters so that "will close" and "would close", "fermerons" and "fermerait" match) stand on the
     * {@code other} side outside any quotation, three quarters of them or more, every figure among them: the quote
     * became reported speech ("'We will reopen the bridge by Friday,' the mayor said" to "The mayor said the city would
     * reopen the bridge by Friday"). Its claim stands; only the marks went.
     */
    private static boolean reported(Facts side, Quote q, Facts other) {
        Set<String> there = new HashSet<>();
        for (int k = 0; k < other.tokens.size(); k++) {
            if (!other.inQuote[k]) {
                there.add(stem(other.tokens.get(k).norm()));
            }
        }
        int words = 0;
        int standing = 0;
        for (int k : q.tokens()) {
            String n = side.tokens.get(k).norm();
            if (Lexicon.STOP.contains(n)) {
                continue;
            }
            boolean stands = there.contains(stem(n));
            if (!stands && n.chars().anyMatch(Character::isDigit)) {
                return false; // a figure of the quotation is gone
            }
            words++;
            standing += stands ? 1 : 0;
        }
        return standing >= MIN_REPORTED_WORDS && standing >= REPORTED_SHARE * words;
    }

    private static String stem(String w) {
        return w.length() > STEM ? w.substring(0, STEM) : w;
    }

    static void find(Changes.Context c, List<ClaimChange> out) {
        List<Quote> qa = c.a.quotes;
        List<Quote> qb = c.b.quotes;
        if (qa.isEmpty() && qb.isEmpty()) {
            return;
        }
        List<double[]> pairs = new ArrayList<>();
        for (int x = 0; x < qa.size(); x++) {
            for (int y = 0; y < qb.size(); y++) {
                double d = dice(c.a.quoteWords(qa.get(x)), c.b.quoteWords(qb.get(y)));
                if (d >= PAIR) {
                    pairs.add(new double[] {d, x, y});
                }
            }
        }
        pairs.sort((p, q) -> p[0] != q[0] ? Double.compare(q[0], p[0])
                : Double.compare(Math.abs(p[1] - p[2]), Math.abs(q[1] - q[2])));
        boolean[] usedA = new boolean[qa.size()];
        boolean[] usedB = new boolean[qb.size()];
        for (double[] p : pairs) {
            int x = (int) p[1];
            int y = (int) p[2];
            if (usedA[x] || usedB[y]) {
                continue;
            }
            usedA[x] = true;
            usedB[y] = true;
            Quote a = qa.get(x);
            Quote b = qb.get(y);
            if (!sameWords(c, a, b)) {
                double sig = Math.round(Math.max(0.6, 0.55 + 0.35 * (1 - p[0])) * 1000) / 1000.0;
                c.add(out, ChangeKind.QUOTE_CHANGED, sig, Spans.of(c.edits, c.a, c.b,
                        k -> a.tokens().contains(k), k -> b.tokens().contains(k)), Set.of(ClaimKind.QUOTE));
            }
        }
        for (int x = 0; x < qa.size(); x++) {
            for (int y = 0; y < qb.size() && !usedA[x]; y++) {
                if (!usedB[y] && oneEdit(c, qa.get(x), qb.get(y))) {
                    usedA[x] = true;
                    usedB[y] = true;
                    Quote a = qa.get(x);
                    Quote b = qb.get(y);
                    c.add(out, ChangeKind.QUOTE_CHANGED, 0.9, Spans.of(c.edits, c.a, c.b,
                            k -> a.tokens().contains(k), k -> b.tokens().contains(k)), Set.of(ClaimKind.QUOTE));
                }
            }
        }
        for (int x = 0; x < qa.size(); x++) {
            if (!usedA[x] && stillMarked(c.a, qa.get(x), c.b)) {
                Quote a = qa.get(x);
                usedA[x] = true;
                c.add(out, ChangeKind.QUOTE_CHANGED, MARKS_KEPT, Spans.of(c.edits, c.a, c.b,
                        k -> a.tokens().contains(k), k -> marked(c.b, k)), Set.of(ClaimKind.QUOTE));
            }
        }
        for (int y = 0; y < qb.size(); y++) {
            if (!usedB[y] && stillMarked(c.b, qb.get(y), c.a)) {
                Quote b = qb.get(y);
                usedB[y] = true;
                c.add(out, ChangeKind.QUOTE_CHANGED, MARKS_KEPT, Spans.of(c.edits, c.a, c.b,
                        k -> marked(c.a, k), k -> b.tokens().contains(k)), Set.of(ClaimKind.QUOTE));
            }
        }
        for (int x = 0; x < qa.size(); x++) {
            if (!usedA[x] && reported(c.a, qa.get(x), c.b)) {
                Quote a = qa.get(x);
                usedA[x] = true;
                c.add(out, ChangeKind.QUOTE_CHANGED, REPORTED, Spans.of(c.edits, c.a, c.b,
                        k -> a.tokens().contains(k), k -> false), Set.of(ClaimKind.QUOTE));
            }
        }
        for (int x = 0; x < qa.size(); x++) {
            if (!usedA[x]) {
                Quote a = qa.get(x);
                c.add(out, ChangeKind.QUOTE_REMOVED, Changes.QUOTE_IN_OUT,
                        Spans.of(c.edits, c.a, c.b, k -> a.tokens().contains(k), k -> false), Set.of(ClaimKind.QUOTE));
            }
        }
        for (int y = 0; y < qb.size(); y++) {
            if (!usedB[y]) {
                Quote b = qb.get(y);
                c.add(out, ChangeKind.QUOTE_ADDED, Changes.QUOTE_IN_OUT,
                        Spans.of(c.edits, c.a, c.b, k -> false, k -> b.tokens().contains(k)), Set.of(ClaimKind.QUOTE));
            }
        }
    }

    /**
     * True when the other side still has quote marks around some of {@code q}'s words, outside its own counted
     * quotations: the quotation was cut to (or grew from) a few words that alone do not count as one ("rigged from
     * the start" → "rigged", "broadly accurate" → "accurate").
     */
    private static boolean stillMarked(Facts side, Quote q, Facts other) {
        Set<String> words = new HashSet<>();
        for (int k : q.tokens()) {
            Token t = side.tokens.get(k);
            if (!Lexicon.STOP.contains(t.norm())) {
                words.add(t.norm());
            }
        }
        for (int k = 0; k < other.tokens.size(); k++) {
            if (marked(other, k) && !counted(other, k) && words.contains(other.tokens.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    private static boolean counted(Facts f, int k) {
        for (Quote q : f.quotes) {
            if (q.tokens().contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** True when token {@code k} lies between double quote marks (an odd number of them before it). */
    private static boolean marked(Facts f, int k) {
        int start = f.tokens.get(k).start();
        int marks = 0;
        for (int i = 0; i < start; i++) {
            char ch = f.text.charAt(i);
            if (ch == '"' || ch == '“' || ch == '”' || ch == '«' || ch == '»') {
                marks++;
            }
        }
        return marks % 2 == 1;
    }

    /** True when one word edit rewrites words of both quotes: the words between the marks were replaced. */
    private static boolean oneEdit(Changes.Context c, Quote a, Quote b) {
        for (Edit e : c.edits) {
            boolean inA = false;
            boolean inB = false;
            for (int k = e.fromA(); k < e.toA() && !inA; k++) {
                inA = a.tokens().contains(k);
            }
            for (int k = e.fromB(); k < e.toB() && !inB; k++) {
                inB = b.tokens().contains(k);
            }
            if (inA && inB) {
                return true;
            }
        }
        return false;
    }

    /** Equal when no substantive word edit falls inside either quote. */
    private static boolean sameWords(Changes.Context c, Quote a, Quote b) {
        if (c.a.quoteWords(a).equals(c.b.quoteWords(b))) {
            return true; // moved to the other side of its attribution: the word diff sees it leave and come back
        }
        for (Edit e : c.edits) {
            for (int k = e.fromA(); k < e.toA(); k++) {
                if (a.tokens().contains(k)) {
                    return false;
                }
            }
            for (int k = e.fromB(); k < e.toB(); k++) {
                if (b.tokens().contains(k)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static double dice(List<String> x, List<String> y) {
        if (x.isEmpty() && y.isEmpty()) {
            return 1;
        }
        Set<String> sx = new HashSet<>(x);
        Set<String> sy = new HashSet<>(y);
        int common = 0;
        for (String w : sx) {
            if (sy.contains(w)) {
                common++;
            }
        }
        return 2.0 * common / (sx.size() + sy.size());
    }
}
