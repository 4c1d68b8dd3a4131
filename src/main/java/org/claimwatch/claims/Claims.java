package org.claimwatch.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Facade: splits cleaned text into sentences (news rules; a sentence never crosses a line or paragraph),
 * scores each for check-worthiness and extracts typed, normalised claims. Pure and thread-safe.
 */
public final class Claims {

    private Claims() {
    }

    /** Analyses {@code text}; {@code articleDate} (nullable) resolves relative dates. */
    public static AnalyzedText analyze(String text, LocalDate articleDate) {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
        List<Sentence> sentences = sentences(text);
        ClaimExtractor extractor = new ClaimExtractor(text, articleDate);
        for (Sentence s : sentences) {
            extractor.add(s);
        }
        return new AnalyzedText(text, sentences, extractor.claims());
    }

    /** The sentences of {@code text}, each scored for check-worthiness. */
    public static List<Sentence> sentences(String text) {
        CheckWorthiness model = CheckWorthiness.shipped();
        List<Sentence> out = new ArrayList<>();
        for (Span s : NewsSentenceSplitter.split(text)) {
            String sentence = text.substring(s.start(), s.end());
            double score = Boilerplate.is(sentence) ? 0 : model.score(sentence);
            out.add(new Sentence(out.size(), sentence, s.start(), s.end(), s.paragraph(), score,
                    score >= model.threshold()));
        }
        return out;
    }

    /** The check-worthiness score in [0,1] of one sentence. */
    public static double checkworthiness(String sentence) {
        return CheckWorthiness.shipped().score(sentence);
    }
}
