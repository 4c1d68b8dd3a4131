package org.claimwatch.claims;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the hedge or certainty marker of a sentence ("believed to", "allegedly", "denied"). Thread-safe. */
final class Hedges {

    private static final Pattern HEDGE = Pattern.compile("(?i)\\b(?:(?:is|are|was|were|it is) )?(?:"
            + "believed|allegedly|alleged|reportedly|purportedly|apparently|understood to|thought to|appears? to"
            + "|appeared to|seems? to|likely|unlikely|may have|might have|could have|possibly|probably|suspected"
            + "|unconfirmed|unverified|confirmed|denied|denies|claimed|rumou?red|said to be)\\b");

    private static final int[] TRIGGERS = WordHashes.triggers(Set.of(
            "believed", "allegedly", "alleged", "reportedly", "purportedly", "apparently", "understood", "thought",
            "appear", "appears", "appeared", "seem", "seems", "likely", "unlikely", "possibly", "probably",
            "suspected", "unconfirmed", "unverified", "confirmed", "denied", "denies", "claimed", "rumored",
            "rumoured"));

    private Hedges() {
    }

    /** True when {@code words} may contain a hedge (the cheap test before the expression). */
    static boolean mayOccur(WordHashes words) {
        return words.any(TRIGGERS) || words.has("have") && (words.has("may") || words.has("might") || words.has("could"))
                || words.has("said") && words.has("be");
    }

    /** The hedge of {@code sentence} as written (lower case), or null. */
    static String find(String sentence) {
        Matcher m = HEDGE.matcher(sentence);
        return m.find() ? m.group().toLowerCase(Locale.ROOT) : null;
    }

    /** The offsets [start, end) of the hedge in {@code sentence}, or null. */
    static int[] span(String sentence) {
        Matcher m = HEDGE.matcher(sentence);
        return m.find() ? new int[] {m.start(), m.end()} : null;
    }
}
