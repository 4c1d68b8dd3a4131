package org.claimwatch.diff;

import org.claimwatch.claims.AnalyzedText;
import org.claimwatch.semantic.SentenceVectors;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Facade: compares two analysed versions of an article. Pure and thread-safe; the cost grows about linearly
 * with the number of sentences (candidate pairs come from an inverted index on rare words, with caps).
 */
public final class VersionDiff {

    /** Changes with significance at or above this alert; below it they are shown but stay silent. */
    public static final double ALERT_THRESHOLD = 0.5;

    /**
     * Cosine (all-MiniLM-L6-v2) at which two sentences of versions of one article count as the same claim;
     * chosen on the labelled pair set ({@code ./tools bench-match}: 55 pairs, precision 1.000, recall 0.938;
     * 0.50 scores higher on it but sits just above the best different-claim pair, 0.476).
     */
    public static final double SAME_CLAIM = 0.55;

    private VersionDiff() {
    }

    /** Aligns {@code before} with {@code after} sentence by sentence and lists the typed claim changes. */
    public static DiffResult compare(AnalyzedText before, AnalyzedText after) {
        return compare(before, after, SentenceVectors.NONE);
    }

    /**
     * As {@link #compare(AnalyzedText, AnalyzedText)}, with sentence embeddings as one more matching signal: two
     * unmatched sentences whose cosine reaches {@link #SAME_CLAIM} are aligned even when they share few words
     * (a rephrased sentence with a changed figure is one change, not a removal and an addition).
     */
    public static DiffResult compare(AnalyzedText before, AnalyzedText after, SentenceVectors vectors) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Passages prepared = new Passages(before.sentences().size() + after.sentences().size());
        List<Passage> a = prepared.of(before);
        List<Passage> b = prepared.of(after);
        SentenceAlignment alignment = Aligner.align(a, b, vectors);
        List<ClaimChange> changes = new Changes(new Side(before, a), new Side(after, b)).of(alignment.groups());
        return new DiffResult(alignment.links(), changes);
    }

    /** As {@link #compare(AnalyzedText, AnalyzedText)}, with the change of the headline (if any) first. */
    public static DiffResult compare(AnalyzedText before, AnalyzedText after, String headlineBefore, String headlineAfter) {
        return compare(before, after, headlineBefore, headlineAfter, SentenceVectors.NONE);
    }

    /** As {@link #compare(AnalyzedText, AnalyzedText, String, String)}, with sentence embeddings. */
    public static DiffResult compare(AnalyzedText before, AnalyzedText after, String headlineBefore, String headlineAfter,
                                     SentenceVectors vectors) {
        DiffResult body = compare(before, after, vectors);
        return Headlines.compare(headlineBefore, headlineAfter).map(h -> {
            List<ClaimChange> all = new ArrayList<>(body.changes().size() + 1);
            all.add(h);
            all.addAll(body.changes());
            return new DiffResult(body.alignment(), all);
        }).orElse(body);
    }
}
