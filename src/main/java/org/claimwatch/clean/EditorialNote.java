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
}
