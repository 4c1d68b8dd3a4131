package org.claimwatch.diff;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.IndexWordSet;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Whether two English words share a sense in WordNet 3.1 (through extJWNL, which finds each word's base forms:
 * "talks" and "negotiations", "took" and "taken", "rubble" and "debris"). Antonyms and words of one class
 * ("lawful" and "unlawful", "rose" and "fell", "charged" and "convicted") share none. The dictionary loads on the
 * first question (about 0.6 s, 50 MB); answers per word are kept in a bounded cache. Thread-safe; never throws: a
 * dictionary that cannot load answers "no" to everything.
 */
final class Thesaurus {

    private static final int CACHE = 20_000;
    private static final long[] NONE = new long[0];

    private static final Map<String, long[]> SENSES = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, long[]> eldest) {
            return size() > CACHE;
        }
    };

    private Thesaurus() {
    }

    /** Whether the two lower-case words, both of ASCII letters, share a WordNet sense. */
    static boolean synonyms(String x, String y) {
        if (!letters(x) || !letters(y)) {
            return false;
        }
        long[] a = senses(x);
        long[] b = senses(y);
        for (long s : a) {
            if (Arrays.binarySearch(b, s) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static synchronized long[] senses(String word) {
        long[] known = SENSES.get(word);
        if (known != null) {
            return known;
        }
        long[] found = lookUp(word);
        SENSES.put(word, found);
        return found;
    }

    private static long[] lookUp(String word) {
        Dictionary d = Holder.DICTIONARY;
        if (d == null) {
            return NONE;
        }
        try {
            IndexWordSet set = d.lookupAllIndexWords(word);
            return set.getIndexWordCollection().stream().flatMap(w -> w.getSenses().stream())
                    .mapToLong(Thesaurus::key).sorted().distinct().toArray();
        } catch (JWNLException | RuntimeException e) {
            return NONE;
        }
    }

    private static long key(Synset s) {
        return (long) s.getPOS().getId() << 40 | s.getOffset();
    }

    private static boolean letters(String w) {
        if (w.length() < 3) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    /** The dictionary, loaded on first use; null when it cannot load. */
    private static final class Holder {
        static final Dictionary DICTIONARY = load();

        private static Dictionary load() {
            try {
                return Dictionary.getDefaultResourceInstance();
            } catch (JWNLException | RuntimeException e) {
                return null;
            }
        }
    }
}
