package org.claimwatch.diff;

import org.claimwatch.claims.AnalyzedText;
import org.claimwatch.claims.Claim;
import org.claimwatch.claims.ClaimKind;
import org.claimwatch.claims.Sentence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Objects;

/**
 * Facade: compares two analysed versions of an article. Pure and thread-safe; the cost grows about linearly
 * with the number of sentences (candidate pairs come from an inverted index on rare words, with caps).
 */
public final class VersionDiff {

    /** Changes with significance at or above this alert; below it they are shown but stay silent. */
    public static final double ALERT_THRESHOLD = 0.5;

    private VersionDiff() {
    }

    /** Aligns {@code before} with {@code after} sentence by sentence and lists the typed claim changes. */
    public static DiffResult compare(AnalyzedText before, AnalyzedText after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        List<Passage> a = passages(before);
        List<Passage> b = passages(after);
        SentenceAlignment alignment = Aligner.align(a, b);
        List<ClaimChange> changes = new Changes(new Side(before, a), new Side(after, b)).of(alignment.groups());
        return new DiffResult(alignment.links(), changes);
    }

    private static List<Passage> passages(AnalyzedText text) {
        List<Passage> out = new ArrayList<>(text.sentences().size());
        List<Sentence> sentences = text.sentences();
        List<Set<String>> keys = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            keys.add(new HashSet<>(2));
        }
        for (Claim c : text.claims()) {
            if ((c.kind() == ClaimKind.QUANTITY || c.kind() == ClaimKind.QUOTE) && c.key() != null
                    && c.sentenceIndex() >= 0 && c.sentenceIndex() < keys.size()) {
                keys.get(c.sentenceIndex()).add(c.key());
            }
        }
        for (int i = 0; i < sentences.size(); i++) {
            out.add(Passage.of(i, sentences.get(i).text(), keys.get(i)));
        }
        return out;
    }
}
