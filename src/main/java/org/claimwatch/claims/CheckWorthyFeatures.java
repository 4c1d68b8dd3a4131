package org.claimwatch.claims;

import java.util.Arrays;

/**
 * Hashed features of a sentence for the check-worthiness model: lower-cased word unigrams and bigrams
 * (digits folded to one shape) and hand features (numbers, percent, money, years,
 * capitalised names, first person, comparatives, length). Allocation-light and thread-safe.
 */
final class CheckWorthyFeatures {

    static final int BITS = 18;
    static final int DIM = 1 << BITS;
    private static final int MASK = DIM - 1;
    private static final int FNV = 0x811c9dc5;
    private static final int PRIME = 0x01000193;

    private static final int[] NUM = named("#num", 4);
    private static final int[] CAPS = named("#caps", 5);
    private static final int[] LENGTH = named("#len", 9);
    private static final int PERCENT = named("#pct");
    private static final int MONEY = named("#money");
    private static final int YEAR = named("#year");
    private static final int QUESTION = named("#question");

    private CheckWorthyFeatures() {
    }

    /** Feature indices of {@code sentence} (repeats allowed; each counts once per occurrence). */
    static int[] of(String sentence) {
        int[] out = new int[32 + sentence.length()];
        int n = 0;
        char[] lower = new char[sentence.length() + 2];
        lower[0] = ' ';
        int len = 1;
        boolean prevSpace = true;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            char f = Character.isDigit(c) ? '0' : Character.isLetter(c) ? Character.toLowerCase(c) : c == '\'' || c == '’' ? '\'' : ' ';
            if (f == ' ' && prevSpace) {
                continue;
            }
            lower[len++] = f;
            prevSpace = f == ' ';
        }
        if (!prevSpace) {
            lower[len++] = ' ';
        }
        int prevWord = 0x5bd1e995;
        int start = 1;
        for (int i = 1; i < len; i++) {
            if (lower[i] == ' ') {
                if (i > start) {
                    int h = FNV;
                    for (int k = start; k < i; k++) {
                        h = (h ^ lower[k]) * PRIME;
                    }
                    out = grow(out, n + 1);
                    out[n++] = mix(h * 31 + 7);
                    out[n++] = mix(prevWord * 0x2545f491 + h);
                    prevWord = h;
                }
                start = i + 1;
            }
        }
        out = grow(out, n + 8);
        n = hand(sentence, out, n);
        return Arrays.copyOf(out, n);
    }

    private static int hand(String s, int[] out, int n) {
        int digits = 0;
        int caps = 0;
        int words = 0;
        boolean atWordStart = true;
        boolean first = true;
        boolean prevDigit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean digit = c >= '0' && c <= '9' || c > 127 && Character.isDigit(c);
            if (digit && !prevDigit) {
                digits++;
            }
            prevDigit = digit;
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c > 127 && Character.isLetter(c);
            if (letter && atWordStart) {
                words++;
                if (Character.isUpperCase(c) && !first) {
                    caps++;
                }
                first = false;
            }
            atWordStart = !letter && !digit;
        }
        out[n++] = NUM[Math.min(digits, 3)];
        out[n++] = CAPS[Math.min(caps, 4)];
        out[n++] = LENGTH[Math.min(words / 5, 8)];
        if (s.indexOf('%') >= 0 || s.contains("percent") || s.contains("per cent")) {
            out[n++] = PERCENT;
        }
        if (s.indexOf('$') >= 0 || s.indexOf('£') >= 0 || s.indexOf('€') >= 0 || s.contains("dollars")) {
            out[n++] = MONEY;
        }
        if (hasYear(s)) {
            out[n++] = YEAR;
        }
        if (s.endsWith("?")) {
            out[n++] = QUESTION;
        }
        return n;
    }

    private static boolean hasYear(String s) {
        for (int i = 0; i + 4 <= s.length(); i++) {
            char c = s.charAt(i);
            boolean boundary = (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))
                    && (i + 4 == s.length() || !Character.isLetterOrDigit(s.charAt(i + 4)));
            if (boundary && (c == '1' && s.charAt(i + 1) == '9' || c == '2' && s.charAt(i + 1) == '0')
                    && Character.isDigit(s.charAt(i + 2)) && Character.isDigit(s.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }

    static int named(String name) {
        int h = FNV;
        for (int i = 0; i < name.length(); i++) {
            h = (h ^ name.charAt(i)) * PRIME;
        }
        return mix(h);
    }

    private static int[] named(String prefix, int count) {
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            out[i] = named(prefix + i);
        }
        return out;
    }

    private static int[] grow(int[] a, int n) {
        return n + 2 < a.length - 16 ? a : Arrays.copyOf(a, a.length * 2);
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        return h & MASK;
    }
}
