package org.claimwatch.diff;

import java.util.List;
import java.util.Set;

/** An acronym and its words ("NHS" and "National Health Service") name one body: spelling it out is no change. Pure. */
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

    private static boolean spells(Token acronym, List<Token> words, int from, int to) {
        String t = acronym.text();
        if (t.length() < 2 || t.length() > 6 || !t.chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (int k = from; k < to; k++) {
            String w = words.get(k).text();
            if (SKIPPED.contains(w)) {
                continue;
            }
            if (!Character.isUpperCase(w.charAt(0))) {
                return false;
            }
            initials.append(w.charAt(0));
        }
        return initials.toString().equals(t);
    }
}
