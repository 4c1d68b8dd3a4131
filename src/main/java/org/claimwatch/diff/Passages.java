package org.claimwatch.diff;

import org.claimwatch.claims.AnalyzedText;
import org.claimwatch.claims.Claim;
import org.claimwatch.claims.ClaimKind;
import org.claimwatch.claims.Sentence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prepares the passages of the versions of one comparison. A passage's words, key and noise verdict depend only on
 * the sentence's text, so a text seen before (most sentences of a new version are the old version's, and furniture
 * repeats) is prepared once and only gets its own index and claim keys. One instance per comparison.
 */
final class Passages {

    private final Map<String, Passage> byText = new HashMap<>();

    List<Passage> of(AnalyzedText text) {
        List<Sentence> sentences = text.sentences();
        Set<String>[] keys = claimKeys(text);
        List<Passage> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i).text();
            Set<String> k = keys[i] == null ? Set.of() : keys[i];
            Passage seen = byText.get(s);
            Passage p;
            if (seen == null) {
                p = Passage.of(i, s, k);
                byText.put(s, p);
            } else {
                p = seen.at(i, k);
            }
            out.add(p);
        }
        return out;
    }

    /** Per sentence, the keys of its number and quote claims; null for the many sentences without one. */
    @SuppressWarnings("unchecked")
    private static Set<String>[] claimKeys(AnalyzedText text) {
        Set<String>[] keys = new Set[text.sentences().size()];
        for (Claim c : text.claims()) {
            int s = c.sentenceIndex();
            if ((c.kind() == ClaimKind.QUANTITY || c.kind() == ClaimKind.QUOTE) && c.key() != null
                    && s >= 0 && s < keys.length) {
                if (keys[s] == null) {
                    keys[s] = new HashSet<>(2);
                }
                keys[s].add(c.key());
            }
        }
        return keys;
    }
}
