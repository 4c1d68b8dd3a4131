package org.claimwatch.diff;

import org.claimwatch.claims.Sentence;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A teaser slot that rotates: a line set out as a headline (a paragraph of its own with no full stop in any script,
 * three to {@value #MAX_WORDS} words) gives way, in the same place, to another such line that shares none of its content words.
 * That is the page's furniture turning over ("Pensioner dies after house fire" to "Ferry sailings cancelled"), not the
 * article changing: both the removal and the addition are minor. A slot may carry a label that stays ("Trending |",
 * "More from WKTV 12:", "相关阅读："): a colon or bar after one to five words; then the headlines after it are compared.
 * A body sentence replaced by another, a headline edited in place (it shares words, and is aligned as an edit) or a
 * headline replaced by a sentence still alert. Pure.
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

    /**
     * Whether old sentence {@code o} of {@code before} and new sentence {@code n} of {@code after} are one slot's two
     * teasers: with the same label before them ({@link #label}), the headlines after it are compared.
     */
    static boolean rotated(Side before, int o, Side after, int n) {
        Passage a = before.passages.get(o);
        Passage b = after.passages.get(n);
        if (!headline(before, o) || !headline(after, n)) {
            return false;
        }
        int la = label(a.stripped());
        int lb = label(b.stripped());
        if (la > 0 && la == lb && a.stripped().regionMatches(true, 0, b.stripped(), 0, la)) {
            List<Token> ra = after(a.tokens(), la);
            List<Token> rb = after(b.tokens(), lb);
            // a labelled value of a fact box ("Suspect: John Smith, 45") is short; a headline is not
            return ra.size() >= LABELLED_MIN_WORDS && rb.size() >= LABELLED_MIN_WORDS && words(ra) && words(rb)
                    && disjoint(ra, rb);
        }
        return words(a.tokens()) && words(b.tokens()) && disjoint(a.tokens(), b.tokens());
    }

    /** Fewer words after a label make a fact box's value, not a headline. */
    private static final int LABELLED_MIN_WORDS = 6;

    /** Words a label before a teaser's headline may have ("More from WKTV 12:"), and characters. */
    private static final int LABEL_WORDS = 5;
    private static final int LABEL_CHARS = 40;
    /** What ends a label: a colon (of any script: Chinese '：', Ethiopic '፡', Armenian '՝') or a bar. */
    private static final String LABEL_ENDS = ":|：፡՝";

    /**
     * Where the headline starts after a label: the first colon or bar, after one to {@value #LABEL_WORDS} words and at
     * most {@value #LABEL_CHARS} characters, followed by a space or a letter; 0 when the text opens with none.
     */
    private static int label(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < Math.min(text.length(), LABEL_CHARS); i++) {
            char c = text.charAt(i);
            if (LABEL_ENDS.indexOf(c) >= 0) {
                return words >= 1 && i + 1 < text.length() ? i + 1 : 0;
            }
            if (Character.isLetterOrDigit(c)) {
                if (!inWord && ++words > LABEL_WORDS) {
                    return 0;
                }
                inWord = true;
            } else {
                inWord = false;
            }
        }
        return 0;
    }

    private static List<Token> after(List<Token> tokens, int at) {
        int k = 0;
        while (k < tokens.size() && tokens.get(k).start() < at) {
            k++;
        }
        return tokens.subList(k, tokens.size());
    }

    private static boolean words(List<Token> tokens) {
        return tokens.size() >= MIN_WORDS && tokens.size() <= MAX_WORDS;
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
