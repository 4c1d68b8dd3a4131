package org.claimwatch.claims;

import java.util.ArrayList;
import java.util.List;

/** Non-blank lines of cleaned text with their paragraph index (paragraphs are separated by blank lines). */
final class Lines {

    private Lines() {
    }

    /** Whitespace for segmentation: Java whitespace plus no-break spaces (U+00A0, U+2007, U+202F). */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** The non-blank lines of {@code text}, trimmed, in order. */
    static List<CharRange> of(String text) {
        List<CharRange> out = new ArrayList<>();
        int paragraph = 0;
        boolean seenContent = false;
        int n = text.length();
        int lineStart = 0;
        while (lineStart < n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            int s = lineStart;
            int e = lineEnd;
            while (s < e && Lines.isSpace(text.charAt(s))) {
                s++;
            }
            while (e > s && Lines.isSpace(text.charAt(e - 1))) {
                e--;
            }
            if (e == s) {
                if (seenContent) {
                    paragraph++;
                    seenContent = false;
                }
            } else {
                seenContent = true;
                out.add(new CharRange(s, e, paragraph));
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }
}
