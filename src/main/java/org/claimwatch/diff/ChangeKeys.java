package org.claimwatch.diff;

import org.claimwatch.claims.Claim;
import org.claimwatch.claims.ClaimKind;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The key naming a change: the key of a claim of its sentences, or else the words its two sides share. */
final class ChangeKeys {

    private ChangeKeys() {
    }

    /** The key of a sentence on one side only ({@code claims}: its claims, {@code f}: its facts). */
    static String of(List<Claim> claims, Set<ClaimKind> preferred, Facts f) {
        return of(claims, List.of(), preferred, f, f);
    }

    /**
     * A key of the claims of both sides, of the preferred kinds if any, shared by both sides if possible; else the
     * words both sides share ({@link #fallback}).
     */
    static String of(List<Claim> before, List<Claim> after, Set<ClaimKind> preferred, Facts a, Facts b) {
        String key = ClaimIndex.choose(ClaimIndex.keys(before, preferred), ClaimIndex.keys(after, preferred));
        return key == null ? fallback(a, b) : key;
    }

    /** {@code text:} and up to five words (no numbers, no stop words) of {@code a} that {@code b} has too, sorted. */
    static String fallback(Facts a, Facts b) {
        Set<String> mine = new TreeSet<>();
        for (Token t : a.tokens) {
            if (!t.number() && t.norm().length() >= 3 && !Lexicon.STOP.contains(t.norm())) {
                mine.add(t.norm());
            }
        }
        Set<String> both = new TreeSet<>();
        for (Token t : b.tokens) {
            if (mine.contains(t.norm())) {
                both.add(t.norm());
            }
        }
        StringBuilder key = new StringBuilder("text:");
        int n = 0;
        for (String w : both) {
            if (n++ == 5) {
                break;
            }
            key.append(n > 1 ? "-" : "").append(w);
        }
        return key.toString();
    }
}
