package org.claimwatch.claims;

import java.util.Arrays;
import java.util.Collection;

/**
 * Hashes of the lower-cased letter words of one sentence, and whether it has digits or double quotes: a
 * cheap pre-filter so the finders run their regular expressions only on sentences that can match. A hash
 * collision only costs an extra match attempt, never a wrong result.
 */
record WordHashes(int[] hashes, boolean hasDigit, boolean hasQuote) {

    static WordHashes of(String sentence) {
        int[] out = new int[16];
        int n = 0;
        boolean digit = false;
        boolean quote = false;
        int h = 0;
        boolean inWord = false;
        for (int i = 0; i <= sentence.length(); i++) {
            char c = i < sentence.length() ? sentence.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                h = 31 * h + Character.toLowerCase(c);
                inWord = true;
                continue;
            }
            if (inWord) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = h;
                h = 0;
                inWord = false;
            }
            digit |= c >= '0' && c <= '9';
            quote |= c == '“' || c == '”' || c == '"';
        }
        int[] sorted = Arrays.copyOf(out, n);
        Arrays.sort(sorted);
        return new WordHashes(sorted, digit, quote);
    }

    /** Sorted hashes of lower-case trigger words, for {@link #any}. */
    static int[] triggers(Collection<String> words) {
        return words.stream().mapToInt(String::hashCode).sorted().distinct().toArray();
    }

    /** True when the sentence may contain one of the {@code triggers}. */
    boolean any(int[] triggers) {
        for (int h : hashes) {
            if (Arrays.binarySearch(triggers, h) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** {@code word} without a trailing possessive or apostrophe ("Israel's" -> "Israel"). */
    static String possessiveless(String word) {
        int n = word.length();
        if (n > 2 && (word.charAt(n - 2) == '\'' || word.charAt(n - 2) == '’') && (word.charAt(n - 1) == 's' || word.charAt(n - 1) == 'S')) {
            return word.substring(0, n - 2);
        }
        if (n > 1 && (word.charAt(n - 1) == '\'' || word.charAt(n - 1) == '’')) {
            return word.substring(0, n - 1);
        }
        return word;
    }

    boolean has(String word) {
        return Arrays.binarySearch(hashes, word.hashCode()) >= 0;
    }
}
