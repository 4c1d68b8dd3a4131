package org.claimwatch.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds quoted passages in a whole text, so that a quote running over several sentences is seen from each of
 * them: curly and straight double quotes (also glued to the words beside them, {@code as a"failure"and}), and single
 * quotes that a speech verb or a speaker introduces ({@code he said the deal was ‘dead’}, {@code ‘We go,’ she said}).
 * Other single-quoted phrases are scare quotes or names ({@code the ‘Partygate’ affair}), and malformed ones ({@code
 * ‘…‘}, {@code the ‘90s}) are no quotation. A double quote left open at a paragraph end closes there (news style
 * reopens it in the next paragraph); a single one is dropped. Pure.
 */
final class QuoteRanges {

    private static final String SAY = "said|says|say|told|tells|tell|added|adds|stated|explained|warned|warns|noted"
            + "|insisted|insists|declared|wrote|writes|tweeted|posted|announced|claimed|argued|argues|asked|asks"
            + "|replied|stressed|confirmed|denied|acknowledged|admitted|recalled|urged|cautioned|conceded|called it"
            + "|described it as|described them as|quoted as saying|saying";
    /** A speech verb among the few words before the opening mark ("said the deal was ‘"), or a colon. */
    private static final Pattern SAID_BEFORE = Pattern.compile(
            "(?iu)(?:\\b(?:" + SAY + ")\\b[^.!?;“”\n]{0,50}|:\\s*)$");
    /** After a closing mark with a comma at it: up to four words and a speech verb ("’ he said", ",’ said Ms Li"). */
    private static final Pattern SAID_AFTER = Pattern.compile("(?iu)^\\s*(?:\\S+\\s+){0,4}?(?:" + SAY + ")\\b");
    private static final int LOOK = 80;

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
                if (open >= 0 && isDouble(opener)) {
                    out.add(new int[] {open, k});
                }
                open = -1;
                continue;
            }
            if (open < 0) {
                if (c == '“' || c == '«' || c == '„' || c == '"' && opensDoubleAt(text, k)
                        || (c == '‘' || c == '\'') && opensAt(text, k)) {
                    open = k;
                    opener = c;
                }
            } else if (isDouble(opener)) {
                if (c == '”' || c == '"' || c == '»' && opener == '«' || c == '“' && opener == '„') {
                    out.add(new int[] {open, k + 1});
                    open = -1;
                }
            } else if (c == '‘' && closesAt(text, k)) {
                open = -1;
            } else if ((c == '’' || c == '\'') && closesAt(text, k)) {
                if (introduced(text, open, k)) {
                    out.add(new int[] {open, k + 1});
                }
                open = -1;
            }
        }
        if (open >= 0 && isDouble(opener)) {
            out.add(new int[] {open, n});
        }
        return out;
    }

    /** Double quotation marks, and the guillemets and low-high marks of French, Spanish and German. */
    private static boolean isDouble(char opener) {
        return opener == '“' || opener == '"' || opener == '«' || opener == '„';
    }

    /** A straight double quote opens unless it looks like a closer ({@code word" }) or an inch mark ({@code 5"}). */
    private static boolean opensDoubleAt(String text, int k) {
        boolean prevWord = k > 0 && !Character.isWhitespace(text.charAt(k - 1)) && "([:—–-".indexOf(text.charAt(k - 1)) < 0;
        boolean nextSpace = k + 1 >= text.length() || Character.isWhitespace(text.charAt(k + 1));
        boolean inch = k > 0 && Character.isDigit(text.charAt(k - 1));
        return !inch && !(prevWord && nextSpace);
    }

    /** A single mark opens before a word that is no digit ("the ‘90s" is an apostrophe). */
    private static boolean opensAt(String text, int k) {
        boolean before = k == 0 || Character.isWhitespace(text.charAt(k - 1)) || "([:—–-".indexOf(text.charAt(k - 1)) >= 0;
        return before && k + 1 < text.length() && !Character.isWhitespace(text.charAt(k + 1))
                && !Character.isDigit(text.charAt(k + 1));
    }

    private static boolean closesAt(String text, int k) {
        boolean after = k + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(k + 1));
        return after && k > 0 && !Character.isWhitespace(text.charAt(k - 1)) && !(text.charAt(k - 1) == 's'
                && k + 1 < text.length() && text.charAt(k + 1) == ' ' && k + 2 < text.length()
                && Character.isLowerCase(text.charAt(k + 2)));
    }

    /** True when a speech verb or a colon introduces the single-quoted passage [open, close]. */
    private static boolean introduced(String text, int open, int close) {
        String before = text.substring(Math.max(0, open - LOOK), open);
        if (SAID_BEFORE.matcher(before).find()) {
            return true;
        }
        int from = close + 1 < text.length() && text.charAt(close + 1) == ',' ? close + 2 : close + 1;
        boolean comma = text.charAt(close - 1) == ',' || from == close + 2;
        return comma && SAID_AFTER.matcher(text.substring(from, Math.min(text.length(), from + LOOK))).find();
    }
}
