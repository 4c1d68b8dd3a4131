package org.claimwatch.clean.bench;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Extraction metrics: bag-of-words F1, 4-token shingle precision/recall, and snippet containment. Pure. */
public final class TextScores {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SPACE = Pattern.compile("\\s+");
    /** Hyphen and dash variants (U+2010..U+2015, minus sign) with the spaces around them: typography, not text. */
    /**
     * Spaces before closing punctuation and after opening brackets: the ground truth writes "iPhones ." and
     * "( Philodendron" where a link or an inline element ended or began, pages don't.
     */
    private static final Pattern PUNCT_SPACE = Pattern.compile(" (?=[.,;:!?)\\]])|(?<=[(\\[]) ");
    private static final Pattern DASH = Pattern.compile("\\s*[\\-\u2010-\u2015\u2212]\\s*");

    /** Precision, recall and their F1 for one page. */
    public record Prf(double precision, double recall, double f1) {
        static Prf of(int overlap, int predicted, int expected) {
            if (predicted == 0 && expected == 0) {
                return new Prf(1, 1, 1);
            }
            if (predicted == 0 || expected == 0 || overlap == 0) {
                return new Prf(predicted == 0 ? 1 : 0, expected == 0 ? 1 : 0, 0);
            }
            double p = (double) overlap / predicted;
            double r = (double) overlap / expected;
            return new Prf(p, r, 2 * p * r / (p + r));
        }
    }

    private TextScores() {
    }

    /** Word-level F1 over lower-cased {@code \w+} tokens, as bags of words. */
    public static Prf words(String extracted, String truth) {
        return overlap(tokens(extracted, true), tokens(truth, true));
    }

    /** Precision and recall of case-sensitive 4-token shingles, as bags. */
    public static Prf shingles(String extracted, String truth) {
        return overlap(shingles(tokens(extracted, false)), shingles(tokens(truth, false)));
    }

    /**
     * Whether the snippet occurs in the text, ignoring case, whitespace runs, spaces before closing punctuation and
     * after opening brackets, quote styles and dash styles (the ground truth's snippets write "-" and "'" where pages
     * have "—" and "’", and "iPhones ." where pages have "iPhones.").
     */
    public static boolean contains(String normalizedText, String snippet) {
        String s = normalize(snippet);
        return !s.isEmpty() && normalizedText.contains(s);
    }

    /**
     * Like {@link #contains}, but the snippet must start and end on word boundaries of the text where it starts or
     * ends with a letter or digit: "home" is found in "go home." but not in "homeowners".
     */
    public static boolean containsWords(String normalizedText, String snippet) {
        String s = normalize(snippet);
        if (s.isEmpty()) {
            return false;
        }
        boolean wordStart = isWordChar(s.charAt(0));
        boolean wordEnd = isWordChar(s.charAt(s.length() - 1));
        for (int i = normalizedText.indexOf(s); i >= 0; i = normalizedText.indexOf(s, i + 1)) {
            int end = i + s.length();
            boolean startOk = !wordStart || i == 0 || !isWordChar(normalizedText.charAt(i - 1));
            boolean endOk = !wordEnd || end == normalizedText.length() || !isWordChar(normalizedText.charAt(end));
            if (startOk && endOk) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** The text as {@link #contains} compares it. */
    public static String normalize(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replace('\u00a0', ' ');
        String spaced = SPACE.matcher(n).replaceAll(" ").strip();
        return DASH.matcher(PUNCT_SPACE.matcher(spaced).replaceAll("")).replaceAll("-");
    }

    /**
     * The published WCXB scorer's snippet test ({@code evaluate.py}): the lower-cased snippet is a substring of the
     * lower-cased text, with no other normalisation; {@code lowerText} is the text lower-cased.
     */
    public static boolean containsStrict(String lowerText, String snippet) {
        return lowerText.contains(snippet.toLowerCase(Locale.ROOT));
    }

    static List<String> tokens(String text, boolean lower) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            out.add(lower ? m.group().toLowerCase(Locale.ROOT) : m.group());
        }
        return out;
    }

    private static List<String> shingles(List<String> tokens) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 4 <= tokens.size(); i++) {
            out.add(tokens.get(i) + ' ' + tokens.get(i + 1) + ' ' + tokens.get(i + 2) + ' ' + tokens.get(i + 3));
        }
        if (out.isEmpty() && !tokens.isEmpty()) {
            out.add(String.join(" ", tokens));
        }
        return out;
    }

    private static Prf overlap(List<String> predicted, List<String> expected) {
        Map<String, Integer> bag = new HashMap<>();
        for (String t : expected) {
            bag.merge(t, 1, Integer::sum);
        }
        int overlap = 0;
        for (String t : predicted) {
            Integer n = bag.get(t);
            if (n != null && n > 0) {
                overlap++;
                bag.put(t, n - 1);
            }
        }
        return Prf.of(overlap, predicted.size(), expected.size());
    }
}
