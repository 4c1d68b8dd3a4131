package org.claimwatch.diff;

import java.util.List;

/**
 * A sentence prepared for alignment: its words with noise fragments blanked out, its comparison key
 * (the words joined; equal keys mean equal content) and whether the whole sentence is boilerplate.
 */
record Passage(int index, String text, List<Token> tokens, String key, boolean noise) {

    static Passage of(int index, String text) {
        String stripped = Noise.strip(text);
        List<Token> tokens = Words.of(stripped);
        StringBuilder key = new StringBuilder();
        for (Token t : tokens) {
            if (key.length() > 0) {
                key.append(' ');
            }
            key.append(t.norm());
        }
        return new Passage(index, text, tokens, key.toString(), Noise.isBoilerplate(stripped, tokens));
    }
}
