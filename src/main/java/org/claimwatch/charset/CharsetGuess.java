package org.claimwatch.charset;

import org.mozilla.universalchardet.UniversalDetector;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * The charset of bytes that declare none and are not UTF-8, guessed by Mozilla's universal detector
 * (juniversalchardet): Big5, GB18030/GB2312, EUC-JP, Shift_JIS, EUC-KR, KOI8-R, windows-1251 and the other
 * encodings it models. Used only after BOM, HTTP header, XML declaration and meta have said nothing. Pure; a new
 * detector per call, so thread-safe.
 */
public final class CharsetGuess {

    private static final int MAX_BYTES = 64 * 1024;

    /** Cyrillic encodings the detector confuses with windows-1251 on short texts (Mac, DOS, ISO). */
    private static final Set<String> CYRILLIC_ALTERNATIVES = Set.of("x-maccyrillic", "ibm855", "ibm866", "iso-8859-5");

    private CharsetGuess() {
    }

    /**
     * Among the detected Cyrillic charset, windows-1251 and KOI8-R, the one that turns the most non-ASCII bytes into
     * Cyrillic letters (rather than punctuation or symbols); windows-1251, by far the most common on the web, on a tie.
     */
    private static Charset likeliestCyrillic(byte[] body, Charset detected) {
        Charset best = Charset.forName("windows-1251");
        int bestScore = cyrillicLetters(body, best);
        for (Charset cs : new Charset[] {Charset.forName("KOI8-R"), detected}) {
            int score = cyrillicLetters(body, cs);
            if (score > bestScore) {
                best = cs;
                bestScore = score;
            }
        }
        return best;
    }

    private static int cyrillicLetters(byte[] body, Charset cs) {
        String text = new String(body, 0, Math.min(body.length, MAX_BYTES), cs);
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && Character.isLetter(c) && Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
                n++;
            }
        }
        return n;
    }

    /** The detected charset of {@code body}, or {@code fallback} when the detector is unsure or names no Java charset. */
    public static Charset of(byte[] body, Charset fallback) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(body, 0, Math.min(body.length, MAX_BYTES));
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null) {
            return fallback;
        }
        try {
            Charset cs = Charset.forName(name);
            String lower = cs.name().toLowerCase(Locale.ROOT);
            if (cs.equals(StandardCharsets.US_ASCII) || cs.equals(StandardCharsets.ISO_8859_1)
                    || lower.equals("windows-1252") || cs.equals(StandardCharsets.UTF_8)) {
                return fallback;
            }
            return CYRILLIC_ALTERNATIVES.contains(lower) ? likeliestCyrillic(body, cs) : cs;
        } catch (IllegalArgumentException unsupported) {
            return fallback;
        }
    }
}
