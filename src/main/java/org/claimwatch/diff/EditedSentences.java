package org.claimwatch.diff;

import org.claimwatch.claims.ClaimKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Aligned sentences whose words differ: the typed changes found in them (a number, a quote, a source, a hedge), or
 * else a rewording.
 */
final class EditedSentences {

    private final Side before;
    private final Side after;
    /** Names written in the editorial notes of this version: a respelling of one of them is the correction. */
    private final Set<String> namedByNotes;

    EditedSentences(Side before, Side after, Set<String> namedByNotes) {
        this.before = before;
        this.after = after;
        this.namedByNotes = Set.copyOf(namedByNotes);
    }

    void find(Group g, List<ClaimChange> out) {
        Facts fa = before.facts(g.olds());
        Facts fb = after.facts(g.news());
        List<Edit> edits = new ArrayList<>();
        for (Edit e : WordDiff.edits(fa.tokens, fb.tokens)) {
            if (!WordDiff.isNoise(e, fa.tokens, fb.tokens) || respellsANamedName(e, fb)) {
                edits.add(e);
            }
        }
        if (edits.isEmpty()) {
            return;
        }
        Changes.Context c = new Changes.Context(before, after, g, fa, fb, edits);
        int found = out.size();
        boolean quoteInOrOut = fa.quotes.size() != fb.quotes.size();
        // numbers and hedges count inside quotations too: one edited there is the quote's change and its own
        if (!fa.canonicalNumbers(true).equals(fb.canonicalNumbers(true))) {
            c.add(out, ChangeKind.NUMBER_CHANGED, Significance.NUMBER,
                    Spans.of(edits, fa, fb, k -> inNumber(fa, k), k -> inNumber(fb, k)), Set.of(ClaimKind.QUANTITY));
        }
        QuoteChanges.find(c, out);
        Set<String> gone = difference(fa.sources, fb.sources);
        Set<String> come = difference(fb.sources, fa.sources);
        if (sourceReplaced(fa.sources, fb.sources) && !(quoteInOrOut && (fa.sources.isEmpty() || fb.sources.isEmpty()))) {
            List<Span> spans = Spans.of(edits, fa, fb, k -> !fa.inQuote[k] && gone.contains(fa.tokens.get(k).norm()),
                    k -> !fb.inQuote[k] && come.contains(fb.tokens.get(k).norm()));
            if (!spans.isEmpty()) {
                c.add(out, ChangeKind.ATTRIBUTION_CHANGED, Significance.ATTRIBUTION, spans,
                        Set.of(ClaimKind.ATTRIBUTION, ClaimKind.QUOTE));
            }
        }
        if (out.size() == found && replacesASourcesModifier(edits, fa, fb)) {
            c.add(out, ChangeKind.ATTRIBUTION_CHANGED, Significance.ATTRIBUTION, Spans.all(edits, fa, fb),
                    Set.of(ClaimKind.ATTRIBUTION, ClaimKind.QUOTE));
        }
        if (!fa.allHedges.equals(fb.allHedges)) {
            c.add(out, ChangeKind.HEDGE_CHANGED, Significance.HEDGE, Spans.of(edits, fa, fb,
                    k -> Respellings.hedge(fa.tokens.get(k).norm()) != null,
                    k -> Respellings.hedge(fb.tokens.get(k).norm()) != null), Set.of(ClaimKind.HEDGE));
        }
        if (out.size() == found) {
            c.add(out, ChangeKind.CLAIM_REWORDED, Significance.ofRewording(edits, fa, fb, g.similarity()),
                    Spans.all(edits, fa, fb), Set.of(ClaimKind.values()));
        }
    }

    /**
     * Whether one word was replaced by another right before the noun of a source outside quotes, the noun kept: "a
     * senior defence ministry official told" became "a senior foreign ministry official told" (another source). A
     * word added there names the same source more fully and is no change of attribution.
     */
    private static boolean replacesASourcesModifier(List<Edit> edits, Facts fa, Facts fb) {
        for (Edit e : edits) {
            if (e.toA() - e.fromA() != 1 || e.toB() - e.fromB() != 1 || fa.inQuote[e.fromA()]
                    || fa.tokens.get(e.fromA()).number() || fb.tokens.get(e.fromB()).number()) {
                continue;
            }
            for (int k = e.toA(); k < Math.min(fa.tokens.size(), e.toA() + 2); k++) {
                String w = fa.tokens.get(k).norm();
                if (SPEAKERS.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Source nouns that name who speaks (a modifier before them picks the speaker). */
    private static final Set<String> SPEAKERS = Set.of("official", "officials", "spokesperson", "spokesman",
            "spokeswoman", "ministry", "minister", "source", "sources", "diplomat", "diplomats", "officer", "officers",
            "department", "office", "agency", "aide", "aides");

    /**
     * True when the edit writes a name that an editorial note of the same version names ("An earlier version gave
     * the minister's first name as Jane; it is Janet."): a respelling that is otherwise noise is then the corrected
     * fact.
     */
    private boolean respellsANamedName(Edit e, Facts b) {
        for (int k = e.fromB(); k < e.toB() && !namedByNotes.isEmpty(); k++) {
            Token t = b.tokens.get(k);
            if (t.name() && namedByNotes.contains(t.norm())) {
                return true;
            }
        }
        return false;
    }

    private static boolean inNumber(Facts f, int k) {
        Token t = f.tokens.get(k);
        for (NumberMention m : f.allNumbers) {
            if (t.start() >= m.start() && t.end() <= m.end()) {
                return true;
            }
        }
        return false;
    }

    /** A source given or dropped, or replaced; naming the same source more fully ("Gaza health ministry") is not. */
    private static boolean sourceReplaced(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() != b.isEmpty();
        }
        return !a.containsAll(b) && !b.containsAll(a);
    }

    private static Set<String> difference(Set<String> x, Set<String> y) {
        Set<String> out = new TreeSet<>(x);
        out.removeAll(y);
        return out;
    }
}
