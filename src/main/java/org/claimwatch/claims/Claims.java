package org.claimwatch.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Facade: splits cleaned text into sentences (news rules; a sentence never crosses a line or paragraph),
 * scores each for check-worthiness and extracts typed, normalised claims. Pure and thread-safe.
 */
public final class Claims {

    private Claims() {
    }

    /** Analyses {@code text}; {@code articleDate} (nullable) resolves relative dates. */
    public static AnalyzedText analyze(String text, LocalDate articleDate) {
        return analyze(text, articleDate, s -> null);
    }

    /**
     * As {@link #analyze(String, LocalDate)}; a sentence whose embedding {@code vectors} gives (else null) is
     * scored by {@link EmbeddedCheckWorthiness} (embedding + n-grams) instead of the n-gram model alone.
     */
    public static AnalyzedText analyze(String text, LocalDate articleDate, Function<String, float[]> vectors) {
        ClaimExtractor extractor = new ClaimExtractor(require(text), articleDate);
        List<Sentence> sentences = scan(text, extractor, vectors);
        return new AnalyzedText(text, sentences, extractor.claims());
    }

    /** The sentences of {@code text}, each scored for check-worthiness (boilerplate scores 0); no claims. */
    public static List<Sentence> sentences(String text) {
        return scan(require(text), null, s -> null);
    }

    private static List<Sentence> scan(String text, ClaimExtractor extractor, Function<String, float[]> vectors) {
        CheckWorthiness model = CheckWorthiness.shipped();
        EmbeddedCheckWorthiness embedded = EmbeddedCheckWorthiness.shipped();
        List<Sentence> sentences = new ArrayList<>();
        List<WidgetLines.Scored> widgets = WidgetLines.lines(text);
        int at = 0;
        for (CharRange span : NewsSentenceSplitter.split(text)) {
            String sentence = text.substring(span.start(), span.end());
            while (at < widgets.size() && widgets.get(at).end() <= span.start()) {
                at++;
            }
            double widget = at < widgets.size() && widgets.get(at).start() <= span.start() ? widgets.get(at).score() : 0;
            WordHashes words = WordHashes.of(sentence);
            boolean boilerplate = widget >= WidgetLines.THRESHOLD || Boilerplate.is(sentence, words) || MetaLines.is(sentence)
                    || CallToAction.is(sentence);
            float[] vector = boilerplate || embedded == null ? null : vectors.apply(sentence);
            double score = boilerplate ? 0 : vector != null ? embedded.score(sentence, vector) : model.score(sentence);
            double threshold = vector != null ? embedded.threshold() : model.threshold();
            Sentence s = new Sentence(sentences.size(), sentence, span.start(), span.end(), span.paragraph(), score,
                    score >= threshold, widget);
            sentences.add(s);
            if (extractor != null) {
                extractor.add(s, words, boilerplate);
            }
        }
        return sentences;
    }

    private static String require(String text) {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
        return text;
    }

    /** The check-worthiness score in [0,1] of one sentence. */
    public static double checkworthiness(String sentence) {
        return CheckWorthiness.shipped().score(sentence);
    }
}
