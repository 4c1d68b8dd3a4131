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

    private final Map<String, Passage> byText;

    Passages() {
        this(0);
    }

    /** {@code sentences}: about how many sentences the versions have together, so the memo is sized once. */
    Passages(int sentences) {
        byText = new HashMap<>(sentences * 4 / 3 + 16);
    }

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
            out.add(p.inLine(sentences.get(i).widget()));
        }
        return out;
    }

    /** Per sentence, the keys of its number and quote claims; null for a sentence without one. */
    @SuppressWarnings("unchecked")
    private static Set<String>[] claimKeys(AnalyzedText text) {
        Set<String>[] keys = new Set[text.sentences().size()];
        for (Claim c : text.claims()) {
            int s = c.sentenceIndex();
            if ((c.kind() == ClaimKind.QUANTITY || c.kind() == ClaimKind.QUOTE) && c.key() != null
                    && s >= 0 && s < keys.length) {
                keys[s] = with(keys[s], c.key());
            }
        }
        return keys;
    }

    /**
     * {@code keys} (null: none) and {@code key}, as an immutable set that {@link Passage} keeps as it is: most
     * sentences have one key, and a set copied per sentence was a good part of what preparing it allocated.
     */
    private static Set<String> with(Set<String> keys, String key) {
        if (keys == null) {
            return Set.of(key);
        }
        if (keys.contains(key)) {
            return keys;
        }
        Set<String> more = new HashSet<>(keys);
        more.add(key);
        return Set.copyOf(more);
    }
}
