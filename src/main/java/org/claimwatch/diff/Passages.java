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
        List<Passage> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i).text();
            Passage seen = byText.get(s);
            Passage p = seen == null ? Passage.of(i, s, keys.get(i)) : seen.at(i, keys.get(i));
            if (seen == null) {
                byText.put(s, p);
            }
            out.add(p);
        }
        return out;
    }
}
