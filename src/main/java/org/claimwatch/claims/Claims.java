package org.claimwatch.claims;

import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Facade: splits cleaned text into sentences and claims. Pure and thread-safe.
 * First version: sentences only (java.text.BreakIterator); the claims issue replaces it.
 */
public final class Claims {

    private Claims() {
    }

    /** Analyses {@code text}; {@code articleDate} (nullable) resolves relative dates. */
    public static AnalyzedText analyze(String text, LocalDate articleDate) {
        return new AnalyzedText(text, sentences(text), List.of());
    }

    public static List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        it.setText(text);
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new Sentence(out.size(), text.substring(s, e), s, e, 0, 0, false));
            }
        }
        return out;
    }
}
