package org.claimwatch.diff;

import java.util.List;
import java.util.Set;

/**
 * A sentence prepared for alignment: its text with noise fragments blanked out ({@code stripped}) and the words of
 * that, its comparison key (the words joined; equal keys mean equal content), whether the whole sentence is
 * boilerplate, the keys of its number and quote claims, and how sure the widget model is that its line is a page
 * widget's ({@code widget}, 0 to 1).
 */
record Passage(int index, String text, String stripped, List<Token> tokens, String key, boolean noise,
               Set<String> claimKeys, double widget) {

    static Passage of(int index, String text) {
        return of(index, text, Set.of());
    }

    private static final String CURRENCY_SIGNS = "$€£¥₹";

    /** {@code claimKeys}: keys of the number and quote claims the extractor found in the sentence. */
    static Passage of(int index, String text, Set<String> claimKeys) {
        String stripped = Noise.strip(text);
        List<Token> tokens = Tokenizer.of(stripped);
        StringBuilder key = new StringBuilder(stripped.length() + 4); // the words and single spaces
        for (Token t : tokens) {
            if (key.length() > 0) {
                key.append(' ');
            }
            if (t.number() && t.start() > 0 && CURRENCY_SIGNS.indexOf(stripped.charAt(t.start() - 1)) >= 0) {
                key.append(stripped.charAt(t.start() - 1)); // "£30" and "€30" are other figures
            }
            key.append(t.norm());
        }
        return new Passage(index, text, stripped, List.copyOf(tokens), key.toString(),
                Noise.isBoilerplate(stripped, tokens), Set.copyOf(claimKeys), 0);
    }

    /** The same text prepared for another sentence: its words, key and noise verdict are reused. */
    Passage at(int index, Set<String> claimKeys) {
        return new Passage(index, text, stripped, tokens, key, noise, Set.copyOf(claimKeys), 0);
    }

    /** The same passage standing in a line the widget model scores {@code score} ({@link org.claimwatch.claims.Sentence#widget}). */
    Passage inLine(double score) {
        return score == widget ? this : new Passage(index, text, stripped, tokens, key, noise, claimKeys, score);
    }
}
