package org.claimwatch.clean;

import java.util.regex.Pattern;

/**
 * A box that opens with an editorial note ("Correction:", "Clarification:", "Editor's note:", "An earlier version of
 * this article ...", "This story has been updated with ...") is article text, not furniture. Pure.
 */
final class EditorialNote {

    private static final Pattern OPENS = Pattern.compile("(?iu)^[\\s•*·–—-]*(?:"
            + "(?:corrections?|clarifications?|editor[’']?s[’']?\\s+note|update)\\b[^:\\n]{0,40}[:—–]"
            + "|an?\\s+(?:earlier|previous|prior)\\s+version\\b"
            + "|this\\s+(?:article|story|report|piece|post)\\s+(?:has\\s+been|was)\\s+"
            + "(?:updated\\s+(?:to|with)|amended|corrected|revised)\\b)");

    /** How much of a box's text {@link #opens} needs: the longest opening it reads, with room to spare. */
    static final int PREFIX = 160;

    private EditorialNote() {
    }

    static boolean opens(String text) {
        return text.length() >= 12 && OPENS.matcher(text).lookingAt();
    }

    /**
     * Whether {@code box}'s text ({@link DomTrees#textPrefix}) opens with an editorial note. The pattern reads at most
     * {@link #READ} characters past the spaces and bullets it skips, so the first {@link #PREFIX} characters answer
     * whenever that many follow those marks; only a box that opens with a long run of marks builds more. A first look
     * at {@link #OPENING} characters spares most boxes even that: their first word starts no opening.
     */
    static boolean opens(org.jsoup.nodes.Element box) {
        String opening = DomTrees.textStart(box, OPENING);
        if (opening.length() < OPENING - 1) {
            return opens(opening); // all of the text
        }
        int marks = leadingMarks(opening);
        if (marks + LONGEST_START <= opening.length() && !startsLikeANote(opening, marks)) {
            return false;
        }
        String start = DomTrees.textStart(box, PREFIX);
        if (start.length() < PREFIX - 1 || leadingMarks(start) + READ <= start.length()) {
            return opens(start); // all of the text (never cut: a cut leaves PREFIX - 1 characters or more), or enough
        }
        return opens(DomTrees.textPrefix(box, PREFIX));
    }

    /**
     * More than the pattern reads past its leading marks: "clarifications" and forty characters before the colon,
     * in text whose white space runs are single spaces.
     */
    private static final int READ = 64;

    /** How much of a box's text the first look reads: its marks and the start of its first word. */
    private static final int OPENING = 32;

    /**
     * The fixed start of each alternative of {@link #OPENS}, lower-cased, a space standing for {@code \s}: one of them
     * follows the leading marks of every text the pattern takes (its words start with letters, never with a mark).
     */
    private static final String[] STARTS = {"correction", "clarification", "editor", "update", "a e", "a p", "an e",
        "an p", "this a", "this s", "this r", "this p"};
    private static final int LONGEST_START = 13;

    /** Whether one of {@link #STARTS} is at {@code at}, compared as the pattern's {@code (?iu)} compares letters. */
    private static boolean startsLikeANote(String text, int at) {
        for (String s : STARTS) {
            boolean same = true;
            for (int k = 0; k < s.length() && same; k++) {
                char ch = text.charAt(at + k);
                char want = s.charAt(k);
                same = want == ' ' ? " \t\n\u000B\f\r".indexOf(ch) >= 0
                        : ch == want || Character.toLowerCase(Character.toUpperCase(ch)) == want;
            }
            if (same) {
                return true;
            }
        }
        return false;
    }

    /** How many characters of the leading {@code [\s•*·–—-]} run {@link #OPENS} skips. */
    private static int leadingMarks(String text) {
        int i = 0;
        while (i < text.length() && " \t\n\u000B\f\r•*·–—-".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }
}
