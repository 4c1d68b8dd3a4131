package org.claimwatch.diff;

import org.claimwatch.claims.Sentence;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A teaser slot that rotates: a line set out as a headline (a paragraph of its own with no full stop in any script,
 * three to {@value #MAX_WORDS} words) gives way, in the same place, to another such line that shares none of its content words.
 * That is the page's furniture turning over ("Pensioner dies after house fire" to "Ferry sailings cancelled"), not the
 * article changing: both the removal and the addition are minor. A body sentence replaced by another, a headline edited
 * in place (it shares words, and is aligned as an edit) or a headline replaced by a sentence still alert. Pure.
 */
final class TeaserRotation {

    static final int MAX_WORDS = 25;
    /** Fewer words make no headline, or come from a script whose sentences carry no stop (Thai, Lao, Khmer). */
    private static final int MIN_WORDS = 3;
    private static final int CONTENT_LETTERS = 4;
    /** Full stops and question marks of the Latin, CJK, Ethiopic, Indic, Arabic, Armenian and Myanmar scripts. */
    private static final String STOPS = ".!?…。！？።፧।॥۔؟։՞။។";
    private static final String CLOSERS = "\"'”’»)]」』）";

    private TeaserRotation() {
    }

    /** Whether old sentence {@code o} of {@code before} and new sentence {@code n} of {@code after} are one slot's two teasers. */
    static boolean rotated(Side before, int o, Side after, int n) {
        Passage a = before.passages.get(o);
        Passage b = after.passages.get(n);
        return words(a) && words(b) && headline(before, o) && headline(after, n) && disjoint(a.tokens(), b.tokens());
    }

    private static boolean words(Passage p) {
        return p.tokens().size() >= MIN_WORDS && p.tokens().size() <= MAX_WORDS;
    }

    /** A paragraph of its own that does not end as a sentence does. */
    private static boolean headline(Side side, int s) {
        List<Sentence> sentences = side.text.sentences();
        int paragraph = sentences.get(s).paragraph();
        if (s > 0 && sentences.get(s - 1).paragraph() == paragraph
                || s + 1 < sentences.size() && sentences.get(s + 1).paragraph() == paragraph) {
            return false;
        }
        String t = sentences.get(s).text().strip();
        int end = t.length();
        while (end > 0 && CLOSERS.indexOf(t.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && STOPS.indexOf(t.charAt(end - 1)) < 0;
    }

    private static boolean disjoint(List<Token> a, List<Token> b) {
        Set<String> words = new HashSet<>();
        for (Token t : a) {
            if (content(t)) {
                words.add(t.norm());
            }
        }
        for (Token t : b) {
            if (content(t) && words.contains(t.norm())) {
                return false;
            }
        }
        return !words.isEmpty();
    }

    private static boolean content(Token t) {
        return !t.number() && (t.norm().length() >= CONTENT_LETTERS || Tokenizer.isWide(t.norm().charAt(0)));
    }
}
