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
        boolean sameFigures = Facts.sameNumbers(fa, fb, true);
        List<DatesRead.Found> datesA = null;
        List<DatesRead.Found> datesB = null;
        if (hasDigit(fa.text) && hasDigit(fb.text) && DatesRead.sameFigures(fa.text, fb.text)) {
            datesA = DatesRead.find(fa.text);
            datesB = DatesRead.find(fb.text);
        }
        for (Edit e : WordDiff.edits(fa.tokens, fb.tokens)) {
            if ((!WordDiff.isNoise(e, fa.tokens, fb.tokens) || respellsANamedName(e, fb))
                    && !(sameFigures && unitRespelled(e, fa, fb))
                    && !(datesA != null && inDates(fa.tokens, e.fromA(), e.toA(), datesA)
                    && inDates(fb.tokens, e.fromB(), e.toB(), datesB))) {
                edits.add(e);
            }
        }
        if (edits.isEmpty() && !(sameTokens(fa, fb) && !Facts.sameNumbers(fa, fb, true))) {
            return; // noise only; but the same words whose figures differ had a currency sign changed ("£30" -> "€30")
        }
        Changes.Context c = new Changes.Context(before, after, g, fa, fb, edits);
        int found = out.size();
        boolean quoteInOrOut = fa.quotes.size() != fb.quotes.size();
        // numbers and hedges count inside quotations too: one edited there is the quote's change and its own
        if (!Facts.sameNumbers(fa, fb, true) && !DatesRead.sameFigures(fa.text, fb.text)
                && !Shares.sameFigures(fa.text, fb.text) && !TimesRead.sameFigures(fa.text, fb.text)) {
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
        if (out.size() == found && (replacesASourcesModifier(edits, fa, fb) || replacesTheSpeaker(edits, fa, fb))) {
            c.add(out, ChangeKind.ATTRIBUTION_CHANGED, Significance.ATTRIBUTION, Spans.all(edits, fa, fb),
                    Set.of(ClaimKind.ATTRIBUTION, ClaimKind.QUOTE));
        }
        Boolean tagAdded = out.size() == found ? correctionTagAdded(fa, fb) : null;
        if (tagAdded != null) {
            c.add(out, tagAdded ? ChangeKind.CORRECTION_ADDED : ChangeKind.CORRECTION_REMOVED, Significance.NOTE,
                    Spans.all(edits, fa, fb), Set.of(ClaimKind.values()));
        }
        if (out.size() == found && flipsADirection(edits, fa, fb)) {
            // "closed up 1.2%" became "closed down 1.2%": the figure's sign; without a figure, the claim's sense
            c.add(out, fa.numbers.isEmpty() ? ChangeKind.HEDGE_CHANGED : ChangeKind.NUMBER_CHANGED,
                    fa.numbers.isEmpty() ? Significance.HEDGE : Significance.NUMBER, Spans.all(edits, fa, fb),
                    Set.of(ClaimKind.QUANTITY));
        }
        if (!fa.allHedges.equals(fb.allHedges) && !NegatedPrefix.onlyRespelled(edits, fa, fb)) {
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
     * Whether the edit only writes a figure's unit another way ("kr" and "kroner", "proc." and "procento", "EUR"
     * and "€"): every word it takes out or puts in is a unit's ({@link Numbers#isUnitWord}), by a figure, the figures
     * are the same (the caller asks), and it takes out or puts in at least one.
     */
    private static boolean unitRespelled(Edit e, Facts fa, Facts fb) {
        for (int k = e.fromA(); k < e.toA(); k++) {
            if (!Numbers.isUnitWord(fa.scan, fa.tokens.get(k))) {
                return false;
            }
        }
        for (int k = e.fromB(); k < e.toB(); k++) {
            if (!Numbers.isUnitWord(fb.scan, fb.tokens.get(k))) {
                return false;
            }
        }
        return (e.toA() > e.fromA() || e.toB() > e.fromB())
                && (byAFigure(fa.tokens, e.fromA(), e.toA()) || byAFigure(fb.tokens, e.fromB(), e.toB()));
    }

    /**
     * A unit sits by its figure: a figure among the {@link #UNIT_REACH} words before tokens {@code [from, to)}
     * ("4,5 millioner kr"), or right after them ("EUR 80").
     */
    private static boolean byAFigure(List<Token> tokens, int from, int to) {
        for (int k = Math.max(0, from - UNIT_REACH); k < from; k++) {
            if (tokens.get(k).number()) {
                return true;
            }
        }
        return to < tokens.size() && tokens.get(to).number() && to > from;
    }

    /**
     * Whether tokens {@code [from, to)} all lie in the dates found (the two sentences have the same dates, written
     * another way: "18/4" and "18 de abril"; the caller asks): rewriting them changes no claim.
     */
    private static boolean inDates(List<Token> tokens, int from, int to, List<DatesRead.Found> dates) {
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            boolean in = false;
            for (DatesRead.Found d : dates) {
                in |= t.start() >= d.start() && t.end() <= d.end();
            }
            if (!in) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasDigit(String text) {
        for (int k = 0; k < text.length(); k++) {
            if (Character.isDigit(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** How many words before a unit its figure may be: the figure, a scale word, "de" ("2,4 millones de pesos"). */
    private static final int UNIT_REACH = 3;

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

    /**
     * Whether an edit beside a cue of speech replaces who speaks: a name or a speaker's noun just before the cue
     * ("Reuters reported" became "Bloomberg reported") or just after it ("a déclaré le Premier ministre", "Según
     * fuentes policiales", "confirmed by the regional governor"). A filler or hedge word replaced there is not.
     */
    private static boolean replacesTheSpeaker(List<Edit> edits, Facts fa, Facts fb) {
        for (Edit e : edits) {
            if (e.toA() == e.fromA() || e.toB() == e.fromB() || e.toA() - e.fromA() > 4 || e.toB() - e.fromB() > 4) {
                continue;
            }
            if (!namesASpeaker(fa, e.fromA(), e.toA()) && !namesASpeaker(fb, e.fromB(), e.toB())) {
                continue;
            }
            if (nearACue(fa, e.fromA(), e.toA()) || nearACue(fb, e.fromB(), e.toB())) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesASpeaker(Facts f, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = f.tokens.get(k);
            if (f.inQuote[k] || t.number()) {
                return false;
            }
            if (SPEAKER_NOUNS.contains(t.norm()) || Lexicon.SOURCES.contains(t.norm()) && t.norm().length() > 3) {
                return true;
            }
            // a name speaks when the cue comes right after it ("Reuters reported") or right before it
            boolean capital = !t.text().isEmpty() && Character.isUpperCase(t.text().charAt(0));
            if (capital && (to < f.tokens.size() && Lexicon.CUES.contains(f.tokens.get(to).norm())
                    || from > 0 && Lexicon.CUES.contains(f.tokens.get(from - 1).norm()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether tokens {@code [from, to)} sit within three words of a cue of speech, or of "by" after a cue. */
    private static boolean nearACue(Facts f, int from, int to) {
        for (int k = Math.max(0, from - 4); k < Math.min(f.tokens.size(), to + 3); k++) {
            if (k >= from && k < to) {
                continue;
            }
            if (Lexicon.CUES.contains(f.tokens.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * TRUE when the new text opens with a wire's correction tag ("CORRECTED-UPDATE 2-...", "CORRECTION: ...") the old
     * did not have, FALSE for the other way round, null when neither or both.
     */
    private static Boolean correctionTagAdded(Facts fa, Facts fb) {
        boolean a = opensWithCorrectionTag(fa.text);
        boolean b = opensWithCorrectionTag(fb.text);
        return a == b ? null : b;
    }

    private static boolean opensWithCorrectionTag(String text) {
        String t = text.stripLeading();
        return t.startsWith("CORRECTED") || t.startsWith("CORRECTION") || t.startsWith("CORRECTIF")
                || t.startsWith("KORREKTUR") || t.startsWith("CORRECCIÓN");
    }

    /** Whether one word was replaced by its opposite ("up"/"down", "rose"/"fell", "approved"/"rejected"). */
    private static boolean flipsADirection(List<Edit> edits, Facts fa, Facts fb) {
        for (Edit e : edits) {
            if (e.toA() - e.fromA() == 1 && e.toB() - e.fromB() == 1 && !fa.inQuote[e.fromA()]) {
                String a = fa.tokens.get(e.fromA()).norm();
                String b = fb.tokens.get(e.fromB()).norm();
                if (b.equals(OPPOSITES.get(a)) || a.equals(OPPOSITES.get(b))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final java.util.Map<String, String> OPPOSITES = java.util.Map.ofEntries(
            java.util.Map.entry("up", "down"), java.util.Map.entry("rose", "fell"), java.util.Map.entry("rise", "fall"),
            java.util.Map.entry("rises", "falls"), java.util.Map.entry("risen", "fallen"),
            java.util.Map.entry("rising", "falling"), java.util.Map.entry("increased", "decreased"),
            java.util.Map.entry("increase", "decrease"), java.util.Map.entry("increases", "decreases"),
            java.util.Map.entry("gained", "lost"), java.util.Map.entry("higher", "lower"),
            java.util.Map.entry("more", "fewer"), java.util.Map.entry("above", "below"),
            java.util.Map.entry("won", "lost"), java.util.Map.entry("win", "lose"),
            java.util.Map.entry("approved", "rejected"), java.util.Map.entry("accepted", "rejected"),
            java.util.Map.entry("guilty", "innocent"), java.util.Map.entry("majority", "minority"),
            java.util.Map.entry("surplus", "deficit"), java.util.Map.entry("profit", "loss"),
            java.util.Map.entry("gain", "loss"), java.util.Map.entry("widened", "narrowed"),
            java.util.Map.entry("strengthened", "weakened"), java.util.Map.entry("upgraded", "downgraded"));

    /** Nouns that name who speaks, beyond the source words. */
    private static final Set<String> SPEAKER_NOUNS = Set.of("governor", "mayor", "chancellor", "premier", "senator",
            "lawmaker", "judge", "court", "prosecutor", "attorney", "coroner", "union", "council", "regulator",
            "ministre", "ministro", "minister", "abogado", "fuentes", "fuente", "sources", "policía", "polizei",
            "gouvernement", "gobierno", "regierung", "governo", "sprecher", "porte-parole", "portavoz", "portavoce");

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

    private static boolean sameTokens(Facts a, Facts b) {
        if (a.tokens.size() != b.tokens.size()) {
            return false;
        }
        for (int k = 0; k < a.tokens.size(); k++) {
            if (!a.tokens.get(k).norm().equals(b.tokens.get(k).norm())) {
                return false;
            }
        }
        return true;
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
