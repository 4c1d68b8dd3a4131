package org.claimwatch.diff;

import java.util.List;
import java.util.Set;

/**
 * An acronym and its words ("NHS" and "National Health Service") name one body, and a title and its short form ("Maj
 * Gen", "Major General") one rank: spelling either out is no change. Pure.
 */
final class Acronyms {

    /** Small words an acronym skips ("Department of Health and Social Care" is DHSC). */
    private static final Set<String> SKIPPED = Set.of("of", "and", "the", "for", "on", "in", "de", "des", "du", "la",
        "le", "del", "der", "die", "für", "van", "voor", "di", "do", "da", "et", "y", "e", "und", "en");

    private Acronyms() {
    }

    /** Whether one side of the edit is one acronym and the other the words whose initials spell it. */
    static boolean spelledOut(List<Token> a, int fromA, int toA, List<Token> b, int fromB, int toB) {
        if (toA - fromA == 1 && toB - fromB >= 2) {
            return spells(a.get(fromA), b, fromB, toB);
        }
        return toB - fromB == 1 && toA - fromA >= 2 && spells(b.get(fromB), a, fromA, toA);
    }

    /**
     * Whether {@code acronym} (two to six capitals) is spelled by the initials of {@code words}, the first of them
     * capitalised: its letters are the initials in order, skipping the small words and at most one other word (the
     * languages that write a body's name in lower case after its first word, and add its country: "ДСНС" is "Державна
     * служба України з надзвичайних ситуацій").
     */
    private static boolean spells(Token acronym, List<Token> words, int from, int to) {
        String t = acronym.text();
        if (t.length() < 2 || t.length() > 6 || !t.chars().allMatch(Character::isUpperCase)
                || !Character.isUpperCase(words.get(from).text().codePointAt(0))) {
            return false;
        }
        String letters = t.toLowerCase(java.util.Locale.ROOT);
        int next = 0;
        int extra = 0;
        for (int k = from; k < to; k++) {
            String w = words.get(k).text();
            if (SKIPPED.contains(w.toLowerCase(java.util.Locale.ROOT)) || w.length() <= 1) {
                continue;
            }
            if (next < letters.length() && Character.toLowerCase(w.charAt(0)) == letters.charAt(next)) {
                next++;
            } else if (k == from || ++extra > 1) {
                return false;
            }
        }
        return next == letters.length();
    }

    /**
     * Whether the edit spells out (or shortens) titles word for word: each word of one side is the same word or the
     * short form of the other side's ("Maj Gen" and "Major General", "Lt" and "Lieutenant", "Sgt" and "Sergeant"): a
     * capitalised short form of two to four letters whose letters stand in order in the longer word, which begins with
     * the same one.
     */
    static boolean abbreviated(List<Token> a, int fromA, int toA, List<Token> b, int fromB, int toB) {
        if (toA - fromA != toB - fromB || toA == fromA) {
            return false;
        }
        boolean any = false;
        for (int k = 0; k < toA - fromA; k++) {
            String x = a.get(fromA + k).text();
            String y = b.get(fromB + k).text();
            if (x.equalsIgnoreCase(y)) {
                continue;
            }
            if (!(shortens(x, y) || shortens(y, x))) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static boolean shortens(String abbreviation, String word) {
        if (abbreviation.length() < 2 || abbreviation.length() > 4 || word.length() < abbreviation.length() + 2
                || !Character.isUpperCase(abbreviation.codePointAt(0))
                || Character.toLowerCase(abbreviation.charAt(0)) != Character.toLowerCase(word.charAt(0))) {
            return false;
        }
        String s = abbreviation.toLowerCase(java.util.Locale.ROOT);
        String w = word.toLowerCase(java.util.Locale.ROOT);
        int at = 0;
        for (int i = 0; i < s.length(); i++) {
            at = w.indexOf(s.charAt(i), i == 0 ? 0 : at + 1);
            if (at < 0) {
                return false;
            }
        }
        return true;
    }
}
