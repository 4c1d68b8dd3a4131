package org.claimwatch.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splits text into word tokens (letters/digits joined by inner hyphens, apostrophes, digit separators). */
final class Tokenizer {

    /** The words that make a token a number ({@link NumberLexicon#WORDS}). */
    static final Set<String> NUMBER_WORDS = NumberLexicon.WORDS;

    private Tokenizer() {
    }

    static List<Token> of(String text) {
        int n = text.length();
        List<Token> out = new ArrayList<>(n / 5 + 1); // a word and its space take five characters or more, mostly
        int i = 0;
        int lastEnd = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            i++;
            if (isWide(c)) {
                out.add(token(text, start, i, out.isEmpty() || startsSentence(text, lastEnd, start)));
                lastEnd = i;
                continue; // a character of a script without spaces is a word of its own
            }
            while (i < n) {
                char d = text.charAt(i);
                if (isWide(d)) {
                    break;
                }
                if (Character.isLetterOrDigit(d) || isMark(d)) {
                    i++; // a vowel sign or virama (Devanagari, Bengali, Tamil, Thai) is inside its word
                } else if (i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1)) && joins(text, i, d)) {
                    i += 2;
                } else {
                    break;
                }
            }
            out.add(token(text, start, i, out.isEmpty() || startsSentence(text, lastEnd, start)));
            lastEnd = i;
        }
        return out;
    }

    /**
     * Han ideographs, kana and Hangul syllables: scripts written without spaces between words, so a figure among them
     * ("死者12人") is read as a figure, not as one long word.
     */
    static boolean isWide(char c) {
        return c >= '\u3040' && c <= '\u30ff' || c >= '\u3400' && c <= '\u4dbf' || c >= '\u4e00' && c <= '\u9fff'
                || c >= '\uf900' && c <= '\ufaff' || c >= '\uac00' && c <= '\ud7af';
    }

    /** A combining mark: the vowel signs and viramas of the Indic scripts and Thai, diacritics written apart. */
    private static boolean isMark(char c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
                || t == Character.ENCLOSING_MARK;
    }

    private static boolean joins(String text, int i, char d) {
        char prev = text.charAt(i - 1);
        char next = text.charAt(i + 1);
        if (d == '-' || d == '\'' || d == '’' || d == '‑') {
            return true;
        }
        return (d == ',' || d == '.' || d == ':') && Character.isDigit(prev) && Character.isDigit(next);
    }

    private static boolean startsSentence(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '.' || c == '!' || c == '?' || c == '“' || c == '"' || c == ':' || c == '\n' || c == '‘') {
                return true;
            }
        }
        return false;
    }

    private static Token token(String text, int start, int end, boolean sentenceStart) {
        String raw = text.substring(start, end);
        boolean digit = false;
        boolean plain = true;
        for (int k = 0; k < raw.length(); k++) {
            char c = raw.charAt(k);
            digit |= Character.isDigit(c);
            plain &= c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
        }
        String n = plain ? raw : norm(raw, digit);
        boolean number = digit || NUMBER_WORDS.contains(n) || isHyphenatedNumber(raw);
        boolean name = !sentenceStart && Character.isUpperCase(raw.charAt(0));
        return new Token(raw, n, start, end, number, name);
    }

    /** Lower case, letters and digits only (and the separators inside a figure). */
    private static String norm(String raw, boolean digit) {
        StringBuilder norm = new StringBuilder(raw.length());
        for (int k = 0; k < raw.length(); k++) {
            char c = raw.charAt(k);
            if (Character.isLetterOrDigit(c) || isMark(c) || (digit && (c == '.' || c == ':' || c == ','))) {
                norm.append(Character.toLowerCase(c));
            }
        }
        return digit ? figures(norm.toString()) : norm.toString();
    }

    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile("\\d[\\d.,]*\\d");

    /**
     * Each figure of a token written the way the diff compares it, whatever the locale that wrote it: groups of
     * thousands without their separator, a decimal point for the decimal mark. "1,200", "1.200" and "1200" read
     * alike, and so do "2,5" and "2.5", "1.200,50" and "1,200.50". One mark before exactly three digits groups
     * thousands (unless the figure starts "0"); before one, two or four or more digits it is the decimal mark; of two
     * marks the last is the decimal mark. Dotted figures that do not group by threes ("12.03.2025") stay as written.
     */
    static String figures(String norm) {
        if (norm.indexOf(',') < 0 && norm.indexOf('.') < 0) {
            return norm;
        }
        java.util.regex.Matcher m = FIGURE.matcher(norm);
        StringBuilder out = new StringBuilder(norm.length());
        int at = 0;
        while (m.find()) {
            out.append(norm, at, m.start()).append(figure(m.group()));
            at = m.end();
        }
        return out.append(norm, at, norm.length()).toString().replace(",", "");
    }

    private static String figure(String f) {
        int dot = f.lastIndexOf('.');
        int comma = f.lastIndexOf(',');
        if (dot < 0 && comma < 0) {
            return f;
        }
        if (dot >= 0 && comma >= 0) {
            char decimal = dot > comma ? '.' : ',';
            char group = decimal == '.' ? ',' : '.';
            String whole = f.substring(0, Math.max(dot, comma));
            return groups(whole, group) ? whole.replace(String.valueOf(group), "") + "." + f.substring(Math.max(dot, comma) + 1)
                    : f.replace(",", "");
        }
        char mark = dot >= 0 ? '.' : ',';
        int first = f.indexOf(mark);
        int last = f.lastIndexOf(mark);
        if (first != last) {
            return groups(f, mark) ? f.replace(String.valueOf(mark), "") : f.replace(",", "");
        }
        boolean thousands = f.length() - last - 1 == 3 && !f.startsWith("0") && last <= 3;
        return thousands ? f.substring(0, last) + f.substring(last + 1) : f.substring(0, last) + "." + f.substring(last + 1);
    }

    /** Whether {@code f} is groups of three digits after a first group of one to three, joined by {@code mark}. */
    private static boolean groups(String f, char mark) {
        String[] parts = f.split(java.util.regex.Pattern.quote(String.valueOf(mark)), -1);
        if (parts[0].isEmpty() || parts[0].length() > 3) {
            return false;
        }
        for (int k = 1; k < parts.length; k++) {
            if (parts[k].length() != 3) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHyphenatedNumber(String raw) {
        int dash = raw.indexOf('-');
        return dash > 0 && NUMBER_WORDS.contains(raw.substring(0, dash).toLowerCase(Locale.ROOT))
                && NUMBER_WORDS.contains(raw.substring(dash + 1).toLowerCase(Locale.ROOT));
    }
}
