package org.claimwatch.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted passages in a whole text, so that a quote running over several sentences is seen from each of
 * them: curly and straight double quotes, and single quotes that open before a word and close after one. A quote
 * left open at a paragraph end closes there (news style reopens it in the next paragraph). Pure.
 */
final class QuoteRanges {

    private QuoteRanges() {
    }

    /** Ranges [start, end) of quoted text, in order, including the quote marks. */
    static List<int[]> find(String text) {
        List<int[]> out = new ArrayList<>();
        int open = -1;
        char opener = 0;
        int n = text.length();
        for (int k = 0; k < n; k++) {
            char c = text.charAt(k);
            if (c == '\n' && k + 1 < n && text.charAt(k + 1) == '\n') {
                if (open >= 0) {
                    out.add(new int[] {open, k});
                    open = -1;
                }
                continue;
            }
            if (open < 0) {
                if (c == '“' || c == '"' && opensAt(text, k) || (c == '‘' || c == '\'') && opensAt(text, k)) {
                    open = k;
                    opener = c;
                }
            } else if (closes(opener, c) && (opener == '“' || opener == '"' || closesAt(text, k))) {
                out.add(new int[] {open, k + 1});
                open = -1;
            }
        }
        if (open >= 0) {
            out.add(new int[] {open, n});
        }
        return out;
    }

    private static boolean closes(char opener, char c) {
        return switch (opener) {
            case '“' -> c == '”' || c == '"';
            case '"' -> c == '"' || c == '”';
            case '‘' -> c == '’' || c == '\'';
            default -> c == '\'' || c == '’';
        };
    }

    private static boolean opensAt(String text, int k) {
        boolean before = k == 0 || Character.isWhitespace(text.charAt(k - 1)) || "([:—–-".indexOf(text.charAt(k - 1)) >= 0;
        return before && k + 1 < text.length() && !Character.isWhitespace(text.charAt(k + 1));
    }

    private static boolean closesAt(String text, int k) {
        boolean after = k + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(k + 1));
        return after && k > 0 && !Character.isWhitespace(text.charAt(k - 1)) && !(text.charAt(k - 1) == 's'
                && k + 1 < text.length() && text.charAt(k + 1) == ' ' && k + 2 < text.length()
                && Character.isLowerCase(text.charAt(k + 2)));
    }
}
