package org.claimwatch.diff;

import org.claimwatch.claims.Claim;
import org.claimwatch.claims.ClaimKind;
import org.claimwatch.claims.ClaimShape;
import org.claimwatch.claims.Quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Classifies each group of aligned sentences into typed claim changes. One instance per comparison. */
final class Changes {

    static final double NUMBER = 0.9;
    static final double HEDGE = 0.85;
    static final double ATTRIBUTION = 0.8;
    static final double QUOTE_IN_OUT = 0.8;
    static final double CLAIM_IN_OUT = 0.7;
    /** A claim added or removed with a figure, a hedge or a source in it. */
    static final double SOURCED_IN_OUT = 0.8;
    static final double MINOR_IN_OUT = 0.3;
    /** A rewording that puts one name in place of another ("hit Rafah" → "hit Khan Younis") alerts. */
    static final double NAMES_SWAPPED = 0.6;

    private final Side before;
    private final Side after;
    /** Names written in the editorial notes of this version: a respelling of one of them is the correction. */
    private final Set<String> namedByNotes = new java.util.HashSet<>();

    Changes(Side before, Side after) {
        this.before = before;
        this.after = after;
    }

    List<ClaimChange> of(List<Group> groups) {
        List<ClaimChange> out = new ArrayList<>();
        Set<Integer> gluedOld = new java.util.HashSet<>();
        Set<Integer> gluedNew = new java.util.HashSet<>();
        notes(groups, out, gluedOld, gluedNew);
        for (ClaimChange note : out) {
            for (Token t : Tokenizer.of(note.before() + " " + note.after())) {
                if (t.name()) {
                    namedByNotes.add(t.norm());
                }
            }
        }
        gluedOnto(groups, out, gluedOld, gluedNew);
        for (Group g : groups) {
            if (g.news().isEmpty() && gluedOld.contains(g.olds().get(0))
                    || g.olds().isEmpty() && gluedNew.contains(g.news().get(0))) {
                continue;
            }
            if (g.news().isEmpty()) {
                inOrOut(g.olds().get(0), before, true, out);
            } else if (g.olds().isEmpty()) {
                inOrOut(g.news().get(0), after, false, out);
            } else if (!g.sameWords() && !(before.allNoise(g.olds()) && after.allNoise(g.news()))
                    && !(g.olds().size() == 1 && gluedOld.contains(g.olds().get(0)))) {
                edited(g, out);
            }
        }
        return link(out);
    }

    static final double NOTE = 0.8;

    /**
     * Editorial notes among the added (or removed) sentences: a note sentence and the added sentences after it in
     * its paragraph (and in the next one when the marker is a heading line) are one change with the note's text.
     */
    private void notes(List<Group> groups, List<ClaimChange> out, Set<Integer> usedOld, Set<Integer> usedNew) {
        Set<Integer> removed = new TreeSet<>();
        Set<Integer> added = new TreeSet<>();
        for (Group g : groups) {
            if (g.news().isEmpty()) {
                removed.add(g.olds().get(0));
            } else if (g.olds().isEmpty()) {
                added.add(g.news().get(0));
            }
        }
        notes(after, added, false, out, usedNew);
        notes(before, removed, true, out, usedOld);
    }

    private void notes(Side side, Set<Integer> pool, boolean removed, List<ClaimChange> out, Set<Integer> used) {
        for (int i : pool) {
            String text = side.passages.get(i).text();
            if (used.contains(i) || !EditorialNotes.isNote(text)) {
                continue;
            }
            List<Integer> note = new ArrayList<>(List.of(i));
            int para = side.text.sentences().get(i).paragraph();
            int lastPara = EditorialNotes.isHeading(text) ? para + 1 : para;
            for (int j = i + 1; pool.contains(j) && !used.contains(j); j++) {
                int pj = side.text.sentences().get(j).paragraph();
                if (pj > lastPara || j != i + 1 && pj != side.text.sentences().get(j - 1).paragraph()
                        && EditorialNotes.isNote(side.passages.get(j).text())) {
                    break;
                }
                note.add(j);
            }
            used.addAll(note);
            StringBuilder joined = new StringBuilder();
            int prevPara = para;
            for (int k : note) {
                int pk = side.text.sentences().get(k).paragraph();
                joined.append(joined.length() == 0 ? "" : pk != prevPara ? "\n\n" : " ").append(side.passages.get(k).text());
                prevPara = pk;
            }
            String t = joined.toString();
            Facts f = Facts.of(t, t, List.of());
            String key = "note:" + fallbackKey(f, f).substring("text:".length());
            List<Quantity> numbers = ClaimIndex.quantities(side.claims.claims(note));
            out.add(removed
                    ? new ClaimChange(ChangeKind.CORRECTION_REMOVED, key, t, "", Spans.whole(SpanKind.DELETE, t), NOTE,
                            numbers, List.of(), i, -1)
                    : new ClaimChange(ChangeKind.CORRECTION_ADDED, key, "", t, Spans.whole(SpanKind.INSERT, t), NOTE,
                            List.of(), numbers, -1, i));
        }
    }

    /** Links each note to the changes of the same version whose changed words (a figure, a name, a quote) it names. */
    private static List<ClaimChange> link(List<ClaimChange> changes) {
        boolean any = false;
        for (ClaimChange c : changes) {
            any |= c.kind() == ChangeKind.CORRECTION_ADDED || c.kind() == ChangeKind.CORRECTION_REMOVED;
        }
        if (!any) {
            return changes;
        }
        List<ClaimChange> out = new ArrayList<>(changes.size());
        for (ClaimChange c : changes) {
            if (c.kind() != ChangeKind.CORRECTION_ADDED && c.kind() != ChangeKind.CORRECTION_REMOVED) {
                out.add(c);
                continue;
            }
            Set<String> noteWords = new java.util.HashSet<>();
            for (Token t : Tokenizer.of(c.before() + " " + c.after())) {
                noteWords.add(t.norm());
            }
            List<String> related = new ArrayList<>();
            for (ClaimChange other : changes) {
                if (other.kind() == ChangeKind.CORRECTION_ADDED || other.kind() == ChangeKind.CORRECTION_REMOVED
                        || related.contains(other.key())) {
                    continue;
                }
                if (names(noteWords, other)) {
                    related.add(other.key());
                }
            }
            out.add(related.isEmpty() ? c : c.withRelated(related));
        }
        return out;
    }

    /** True when a word the change inserted or deleted (a number, a name, a word of four letters or more) is in the note. */
    private static boolean names(Set<String> noteWords, ClaimChange change) {
        for (Span s : change.spans()) {
            for (Token t : Tokenizer.of(s.text())) {
                boolean telling = t.number() || t.name() || Lexicon.DATES.contains(t.norm())
                        || t.norm().length() >= 4 && !Lexicon.STOP.contains(t.norm());
                if (telling && noteWords.contains(t.norm())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A sentence with no counterpart: the claim (or quote) in it was removed or added. */
    private void inOrOut(int s, Side side, boolean removed, List<ClaimChange> out) {
        if (side.passages.get(s).noise()) {
            return;
        }
        List<Integer> one = List.of(s);
        Facts f = side.facts(one);
        boolean quote = !f.quotes.isEmpty();
        ChangeKind kind = quote ? (removed ? ChangeKind.QUOTE_REMOVED : ChangeKind.QUOTE_ADDED)
                : removed ? ChangeKind.CLAIM_REMOVED : ChangeKind.CLAIM_ADDED;
        double sig = inOrOutSignificance(f, quote);
        List<Claim> claims = side.claims.claims(one);
        Set<ClaimKind> pref = quote ? Set.of(ClaimKind.QUOTE) : Set.of(ClaimKind.values());
        String key = ClaimIndex.choose(ClaimIndex.keys(claims, pref), Set.of());
        if (key == null) {
            key = fallbackKey(f, f);
        }
        List<Quantity> numbers = ClaimIndex.quantities(claims);
        out.add(removed
                ? new ClaimChange(kind, key, f.text, "", Spans.whole(SpanKind.DELETE, f.text), sig, numbers, List.of(), s, -1)
                : new ClaimChange(kind, key, "", f.text, Spans.whole(SpanKind.INSERT, f.text), sig, List.of(), numbers, -1, s));
    }

    /**
     * How much a sentence added or removed matters: a quotation always alerts; a sentence that asserts nothing an
     * editor could check ({@link ClaimShape}: another story's headline, a menu or list fragment, a question or pitch to
     * the reader) stays visible as a minor change whatever figure or hedge word it carries; a claim alerts, more with a
     * figure, a hedge or a source.
     */
    private static double inOrOutSignificance(Facts f, boolean quote) {
        if (quote) {
            return QUOTE_IN_OUT;
        }
        if (!ClaimShape.asserts(f.text)) {
            return MINOR_IN_OUT;
        }
        return !f.numbers.isEmpty() || !f.hedges.isEmpty() || !f.sources.isEmpty() ? SOURCED_IN_OUT
                : f.tokens.size() >= 6 ? CLAIM_IN_OUT : MINOR_IN_OUT;
    }

    /**
     * A sentence written onto a line without a final stop (a heading, a list item, a caption) joins that line:
     * "Key facts" became "Key facts The army said 120 soldiers were sent." It is the new sentence that was added (or,
     * the other way, removed), whether the aligner paired the two lines or left them apart.
     */
    private void gluedOnto(List<Group> groups, List<ClaimChange> out, Set<Integer> gluedOld, Set<Integer> gluedNew) {
        for (Group g : groups) {
            if (g.olds().size() == 1 && g.news().size() == 1 && !g.sameWords()) {
                int o = g.olds().get(0);
                int n = g.news().get(0);
                if (glued(o, n, false, out) || glued(n, o, true, out)) {
                    gluedOld.add(o);
                    gluedNew.add(n);
                }
            }
        }
        List<Integer> removed = new ArrayList<>();
        List<Integer> added = new ArrayList<>();
        for (Group g : groups) {
            if (g.news().isEmpty()) {
                removed.add(g.olds().get(0));
            } else if (g.olds().isEmpty()) {
                added.add(g.news().get(0));
            }
        }
        // only lines without a final stop can have a sentence glued on: few, so the pairs stay few
        for (int o : removed) {
            if (endsWithStop(before.passages.get(o).text())) {
                continue;
            }
            for (int n : added) {
                if (!gluedNew.contains(n) && glued(o, n, false, out)) {
                    gluedOld.add(o);
                    gluedNew.add(n);
                    break;
                }
            }
        }
        for (int n : added) {
            if (gluedNew.contains(n) || endsWithStop(after.passages.get(n).text())) {
                continue;
            }
            for (int o : removed) {
                if (!gluedOld.contains(o) && glued(n, o, true, out)) {
                    gluedOld.add(o);
                    gluedNew.add(n);
                    break;
                }
            }
        }
    }

    /**
     * When the sentence {@code longer} of one side is the unpunctuated line {@code line} of the other side with a
     * sentence of three or more words after it, reports that sentence as added ({@code removed}: as removed).
     */
    private boolean glued(int line, int longer, boolean removed, List<ClaimChange> out) {
        Side lineSide = removed ? after : before;
        Side longSide = removed ? before : after;
        Passage p = lineSide.passages.get(line);
        Passage q = longSide.passages.get(longer);
        int n = p.tokens().size();
        if (n == 0 || q.tokens().size() < n + 3 || p.noise() || endsWithStop(p.text())
                || !q.key().startsWith(p.key() + " ")) {
            return false;
        }
        Token first = q.tokens().get(n);
        if (!Character.isUpperCase(first.text().charAt(0)) && !Character.isDigit(first.text().charAt(0))) {
            return false;
        }
        String text = q.text().substring(first.start()).strip();
        Facts f = Facts.of(text, Noise.strip(text), QuoteRanges.find(text));
        boolean quote = !f.quotes.isEmpty();
        ChangeKind kind = quote ? (removed ? ChangeKind.QUOTE_REMOVED : ChangeKind.QUOTE_ADDED)
                : removed ? ChangeKind.CLAIM_REMOVED : ChangeKind.CLAIM_ADDED;
        double sig = inOrOutSignificance(f, quote);
        List<Claim> claims = longSide.claims.claims(List.of(longer));
        String key = ClaimIndex.choose(ClaimIndex.keys(claims, Set.of(ClaimKind.values())), Set.of());
        if (key == null) {
            key = fallbackKey(f, f);
        }
        List<Quantity> numbers = ClaimIndex.quantities(claims);
        out.add(removed
                ? new ClaimChange(kind, key, text, "", Spans.whole(SpanKind.DELETE, text), sig, numbers, List.of(), longer, -1)
                : new ClaimChange(kind, key, "", text, Spans.whole(SpanKind.INSERT, text), sig, List.of(), numbers, -1, longer));
        return true;
    }

    private static boolean endsWithStop(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(t.length() - 1);
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '"' || c == '”' || c == '’' || c == ':'
                || c == ';' || c == ')';
    }

    private void edited(Group g, List<ClaimChange> out) {
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
        Context c = new Context(g, fa, fb, edits);
        int found = out.size();
        boolean quoteInOrOut = fa.quotes.size() != fb.quotes.size();
        // numbers and hedges count inside quotations too: one edited there is the quote's change and its own
        if (!fa.canonicalNumbers(true).equals(fb.canonicalNumbers(true))) {
            c.add(out, ChangeKind.NUMBER_CHANGED, NUMBER, Spans.of(edits, fa, fb, k -> inNumber(fa, k), k -> inNumber(fb, k)),
                    Set.of(ClaimKind.QUANTITY));
        }
        QuoteChanges.find(c, out);
        Set<String> gone = difference(fa.sources, fb.sources);
        Set<String> come = difference(fb.sources, fa.sources);
        if (sourceReplaced(fa.sources, fb.sources) && !(quoteInOrOut && (fa.sources.isEmpty() || fb.sources.isEmpty()))) {
            List<Span> spans = Spans.of(edits, fa, fb, k -> !fa.inQuote[k] && gone.contains(fa.tokens.get(k).norm()),
                    k -> !fb.inQuote[k] && come.contains(fb.tokens.get(k).norm()));
            if (!spans.isEmpty()) {
                c.add(out, ChangeKind.ATTRIBUTION_CHANGED, ATTRIBUTION, spans,
                        Set.of(ClaimKind.ATTRIBUTION, ClaimKind.QUOTE));
            }
        }
        if (!fa.allHedges.equals(fb.allHedges)) {
            c.add(out, ChangeKind.HEDGE_CHANGED, HEDGE, Spans.of(edits, fa, fb,
                    k -> Respellings.hedge(fa.tokens.get(k).norm()) != null,
                    k -> Respellings.hedge(fb.tokens.get(k).norm()) != null), Set.of(ClaimKind.HEDGE));
        }
        if (out.size() == found) {
            double sig = namesSwapped(edits, fa, fb) ? NAMES_SWAPPED : Math.min(0.4, 0.1 + 0.3 * (1 - g.similarity()));
            c.add(out, ChangeKind.CLAIM_REWORDED, Math.round(sig * 1000) / 1000.0, Spans.all(edits, fa, fb),
                    Set.of(ClaimKind.values()));
        }
    }

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

    /** True when one edit both removes and inserts a name outside quotes. */
    private static boolean namesSwapped(List<Edit> edits, Facts a, Facts b) {
        for (Edit e : edits) {
            boolean out = false;
            boolean in = false;
            for (int k = e.fromA(); k < e.toA(); k++) {
                out |= a.tokens.get(k).name() && !a.inQuote[k];
            }
            for (int k = e.fromB(); k < e.toB(); k++) {
                in |= b.tokens.get(k).name() && !b.inQuote[k];
            }
            if (out && in) {
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

    static String fallbackKey(Facts a, Facts b) {
        Set<String> mine = new TreeSet<>();
        for (Token t : a.tokens) {
            if (!t.number() && t.norm().length() >= 3 && !Lexicon.STOP.contains(t.norm())) {
                mine.add(t.norm());
            }
        }
        Set<String> both = new TreeSet<>();
        for (Token t : b.tokens) {
            if (mine.contains(t.norm())) {
                both.add(t.norm());
            }
        }
        StringBuilder key = new StringBuilder("text:");
        int n = 0;
        for (String w : both) {
            if (n++ == 5) {
                break;
            }
            key.append(n > 1 ? "-" : "").append(w);
        }
        return key.toString();
    }

    /** True when {@code text} is a question, an exhortation or a pitch to the reader. */
    private static boolean toReader(String text) {
        ClaimShape.Shape shape = ClaimShape.of(text);
        return shape == ClaimShape.Shape.QUESTION || shape == ClaimShape.Shape.EXHORTATION
                || shape == ClaimShape.Shape.READER;
    }

    /** The sentences and edits of one group, and how to turn a finding into a {@link ClaimChange}. */
    final class Context {
        final Group group;
        final Facts a;
        final Facts b;
        final List<Edit> edits;
        /**
         * Both sides speak to the reader ({@link ClaimShape}: a question, an exhortation, a pitch in the first or
         * second person): a pitch whose figure or words changed, or that had furniture glued on, is shown as a minor
         * change. A title or a verbless line whose figure changes ("Capacity: 10 cups", "- Apple Cuts Prices by 10
         * Percent") still alerts: the figure is the fact (VolatileFurnitureTest).
         */
        final boolean furniture;

        Context(Group group, Facts a, Facts b, List<Edit> edits) {
            this.group = group;
            this.a = a;
            this.b = b;
            this.edits = edits;
            // a quotation on either side always counts: its words are a source's, whoever they address
            this.furniture = a.quotes.isEmpty() && b.quotes.isEmpty() && toReader(a.text) && toReader(b.text);
        }

        void add(List<ClaimChange> out, ChangeKind kind, double significance, List<Span> spans, Set<ClaimKind> pref) {
            if (furniture) {
                significance = Math.min(significance, MINOR_IN_OUT);
            }
            List<Claim> ca = before.claims.claims(group.olds());
            List<Claim> cb = after.claims.claims(group.news());
            String key = ClaimIndex.choose(ClaimIndex.keys(ca, pref), ClaimIndex.keys(cb, pref));
            if (key == null) {
                key = fallbackKey(a, b);
            }
            List<Quantity> qa = List.of();
            List<Quantity> qb = List.of();
            if (kind == ChangeKind.NUMBER_CHANGED || kind == ChangeKind.QUOTE_CHANGED) {
                List<Quantity> alla = ClaimIndex.quantities(ca);
                List<Quantity> allb = ClaimIndex.quantities(cb);
                qa = ClaimIndex.without(alla, allb);
                qb = ClaimIndex.without(allb, alla);
                if (qa.isEmpty() && qb.isEmpty() && kind == ChangeKind.NUMBER_CHANGED) {
                    qa = alla;
                    qb = allb;
                }
            }
            out.add(new ClaimChange(kind, key, a.text, b.text, spans.isEmpty() ? Spans.all(edits, a, b) : spans,
                    significance, qa, qb, group.olds().get(0), group.news().get(0)));
        }
    }
}
