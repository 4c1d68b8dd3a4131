package org.claimwatch.stories;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The content terms of an article with their weights (log term frequency, names and places weighed up).
 * Immutable; build with {@link #of(String)}.
 */
public record TermVector(Map<String, Double> weights) {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’\\-]*");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
    /** Weight multiplier of a capitalised word inside a sentence (a name or a place). */
    static final double NAME_BOOST = 3.0;
    private static final int STEM = 7;
    private static final Set<String> STOP = Set.of(
            "the", "and", "but", "for", "with", "from", "into", "that", "this", "these", "those", "was", "were",
            "are", "has", "have", "had", "been", "being", "will", "would", "could", "should", "may", "might", "its",
            "their", "his", "her", "they", "them", "she", "him", "who", "whom", "which", "what", "when", "where",
            "while", "than", "then", "there", "here", "said", "says", "say", "told", "also", "not", "more", "most",
            "about", "over", "after", "before", "since", "some", "such", "only", "other", "others", "any", "all",
            "our", "out", "can", "now", "very", "because", "just", "one", "two", "it's", "you", "your",
            "according", "added", "did", "does", "doesn't", "don't", "didn't", "isn't", "wasn't", "how", "why",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "year", "years", "week",
            "weeks", "month", "months", "day", "days", "time", "new", "like", "many", "much", "well", "even");

    public TermVector {
        weights = Map.copyOf(weights);
    }

    /** The term vector of {@code text}. */
    public static TermVector of(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group();
            String lower = POSSESSIVE.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
            if (lower.length() < 3 || STOP.contains(lower)) {
                continue;
            }
            boolean name = Character.isUpperCase(word.charAt(0)) && !sentenceStart(text, m.start());
            counts.merge((name ? "n:" : "") + stem(lower), 1, Integer::sum);
        }
        Map<String, Double> w = new LinkedHashMap<>();
        counts.forEach((term, n) -> w.put(term, (1 + Math.log(n)) * (term.startsWith("n:") ? NAME_BOOST : 1)));
        return new TermVector(w);
    }

    /** The {@code n} heaviest terms, heaviest first, with the given term weights applied ({@code idf}). */
    public List<String> top(int n, java.util.function.ToDoubleFunction<String> idf) {
        Map<String, Double> scored = new java.util.HashMap<>();
        weights.forEach((t, w) -> scored.put(t, w * idf.applyAsDouble(t)));
        List<String> terms = new ArrayList<>(weights.keySet());
        terms.sort((a, b) -> Double.compare(scored.get(b), scored.get(a)));
        return List.copyOf(terms.subList(0, Math.min(n, terms.size())));
    }

    static String stem(String lower) {
        String w = lower;
        if (w.endsWith("ies") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
            w = w.substring(0, w.length() - 1);
        }
        return w.length() > STEM ? w.substring(0, STEM) : w;
    }

    private static boolean sentenceStart(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '.' || c == '!' || c == '?' || c == '“' || c == '"' || c == '•') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }
}
