package org.claimwatch.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What {@link WidgetLines}' model reads off a line: its words and their character trigrams (lower case, digits folded
 * to 0, so "21°c", "€87" and "aqi" carry over to other cities, sums and languages), its length, how it ends, whether a
 * short label and a colon open it, and the separators and units boards print ("·", "|", "°", "%", "€"). The same
 * function serves the trainer and the product, so the two never drift apart. Pure, thread-safe.
 */
public final class WidgetFeatures {

    /** What separates the words read: anything but letters, marks, digits and the units boards print. */
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}\\p{M}°%€$£]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final char[] SYMBOLS = {'·', '|', '/', '–', '—', '°', '%', '€', '$', '£', '(', '"', '«', '“', ','};

    private WidgetFeatures() {
    }

    /** The features of one line. */
    public static String[] of(String line) {
        String t = line.strip();
        List<String> f = new ArrayList<>(128);
        StringBuilder folded = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            folded.append(Character.isDigit(c) ? '0' : Character.toLowerCase(c));
        }
        for (String w : NOT_WORD.split(folded)) {
            if (w.isEmpty()) {
                continue;
            }
            f.add("w=" + w);
            String b = "<" + w + ">";
            for (int i = 0; i + 3 <= b.length(); i++) {
                f.add("c=" + b.substring(i, i + 3));
            }
        }
        f.add("nw=" + Math.min(SPACES.split(t).length, 25) / 3);
        char last = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
        f.add("end=" + (".!?。".indexOf(last) >= 0 ? "stop" : Character.isDigit(last) ? "digit"
                : Character.isLetter(last) ? "letter" : "other"));
        int colon = t.indexOf(':');
        if (colon > 0 && colon < 40) {
            f.add("label-colon");
        }
        for (char c : SYMBOLS) {
            if (t.indexOf(c) >= 0) {
                f.add("sym=" + c);
            }
        }
        return f.toArray(String[]::new);
    }
}
