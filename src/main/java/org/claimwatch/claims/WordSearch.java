package org.claimwatch.claims;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A case-insensitive pattern searched through a whole sentence, with the words one of which every match of it
 * contains. A sentence of plain ASCII, lower-cased, shows such a word as it is, so a sentence without any is passed
 * by before the pattern runs (the diff runs these searches on every sentence it compares, and most have none of the
 * words). Beyond ASCII, case folding has more pairs ("ſ" is an "s", "K" a "k") and the pattern always runs. The answer
 * is the pattern's own either way. Immutable, thread-safe.
 */
public record WordSearch(Pattern pattern, List<String> words) {

    /** {@code words}: lower-case ASCII, one of them in every match of {@code pattern}. */
    public WordSearch {
        words = List.copyOf(words);
    }

    public static WordSearch of(String regex, String... words) {
        return new WordSearch(Pattern.compile(regex), List.of(words));
    }

    /** The same as {@code pattern().matcher(text).find()}; {@code lower}: the text's {@link #lowerAscii}. */
    public boolean find(String text, String lower) {
        return mayMatch(lower) && pattern.matcher(text).find();
    }

    /**
     * False when the pattern cannot match a text whose {@link #lowerAscii} is {@code lower}: plain ASCII without any of
     * the words. Nullable {@code lower} (beyond ASCII: it may).
     */
    public boolean mayMatch(String lower) {
        if (lower == null) {
            return true;
        }
        for (String w : words) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** {@code text} in lower case when it is all ASCII; null when it is not. Nullable result. */
    public static String lowerAscii(String text) {
        for (int k = 0; k < text.length(); k++) {
            if (text.charAt(k) >= 0x80) {
                return null;
            }
        }
        return text.toLowerCase(Locale.ROOT);
    }
}
