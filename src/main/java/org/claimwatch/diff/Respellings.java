package org.claimwatch.diff;

import java.util.HashMap;
import java.util.List;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;

/**
 * Spelling slips in hedge and attribution words ("allgeed", "confrimed"): a word one edit (insertion, deletion,
 * substitution or adjacent swap) from a known hedge or cue word of at least five letters, and not itself an English
 * word. The English words that lie one edit from those words ("relieved", "would", "though", "claim") were listed
 * once from the wamerican and wbritish word lists and are never taken for slips. Pure.
 */
final class Respellings {

    private static final int MIN_LENGTH = 5;

    /** English words one edit from a hedge or cue word: a real change, not a slip. */
    private static final Set<String> REAL_NEIGHBOURS = Set.of(
            "acknowledge", "acknowledges", "addend", "adder", "addled", "aided", "allege", "announce", "announcer",
            "announces", "appealed", "appeals", "appear", "appeased", "argue", "argues", "believer", "believers",
            "bells", "cells", "certainty", "cite", "cites", "claim", "clammed", "clams", "conform", "conformed",
            "conforms", "costed", "darned", "dded", "deemed", "deems", "defied", "defies", "dells", "denier",
            "deniers", "denims", "dented", "deported", "deports", "dispute", "disputes", "doted", "earned", "ells",
            "estates", "estimate", "fared", "fells", "flared", "gadded", "geared", "genies", "hosted", "humored",
            "humoured", "jells", "kited", "lively", "neared", "nosed", "note", "notes", "padded", "pasted", "ported",
            "posed", "posited", "possibles", "poster", "potted", "pouted", "presume", "presumes", "probable",
            "provably", "quoited", "quote", "quotes", "reared", "refused", "refute", "refutes", "relieve",
            "relieved", "relieves", "report", "reporter", "reputed", "resorted", "resorts", "resumed", "retorted",
            "retorts", "rote", "sated", "sates", "seamed", "seams", "seared", "seated", "seeded", "seeds", "seeks",
            "seem", "seeped", "seeps", "seers", "sees", "sells", "sited", "skated", "skates", "slated", "slates",
            "spates", "staged", "stages", "staked", "stakes", "staled", "stales", "stared", "stares", "started",
            "state", "stater", "stats", "statues", "status", "staved", "staves", "stayed", "stems", "teals",
            "teared", "teemed", "teems", "tell", "though", "thoughts", "through", "tills", "tolls", "toted",
            "tweeter", "verifies", "versified", "voted", "wadded", "waned", "warded", "warmed", "warped", "warred",
            "wells", "would", "write", "wroth", "yells");

    /** Hedge and cue words of at least five letters, by first letter (a slip rarely hits the first letter). */
    private static final Map<Character, List<String>> KNOWN = index();

    private Respellings() {
    }

    private static Map<Character, List<String>> index() {
        Map<Character, List<String>> out = new HashMap<>();
        for (String w : Lexicon.HEDGES.keySet()) {
            add(out, w);
        }
        for (String w : Lexicon.CUES) {
            add(out, w);
        }
        return out;
    }

    private static void add(Map<Character, List<String>> out, String w) {
        if (w.length() >= MIN_LENGTH) {
            List<String> list = out.computeIfAbsent(w.charAt(0), k -> new ArrayList<>());
            if (!list.contains(w)) {
                list.add(w);
            }
        }
    }

    /** The known hedge or cue word that {@code norm} is a slip of, or null. */
    static String knownWord(String norm) {
        if (norm.length() < MIN_LENGTH - 1 || Lexicon.isMeaningful(norm) || REAL_NEIGHBOURS.contains(norm)) {
            return null;
        }
        List<String> candidates = KNOWN.get(norm.charAt(0));
        if (candidates == null) {
            return null;
        }
        for (String w : candidates) {
            if (Typos.withinOneEdit(w, norm)) {
                return w;
            }
        }
        return null;
    }

    /** True when one word is the known hedge or cue word and the other a slip of it. */
    static boolean isSlip(String a, String b) {
        return b.equals(knownWord(a)) || a.equals(knownWord(b));
    }

    /** The canonical hedge of a word, reading a slip as the word it misspells. */
    static String hedge(String norm) {
        String h = Lexicon.hedge(norm);
        if (h != null || norm.length() < MIN_LENGTH - 1) {
            return h;
        }
        String known = knownWord(norm);
        return known == null ? null : Lexicon.hedge(known);
    }
}
