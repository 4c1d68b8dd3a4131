package org.claimwatch.diff;

import org.claimwatch.claims.ClaimShape;

import java.util.List;

/** How much a claim change matters, in [0,1]: the weights of each kind and the rules that raise or cap them. */
final class Significance {

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
    static final double NOTE = 0.8;

    private Significance() {
    }

    /**
     * How much a sentence added or removed matters: a quotation always alerts; a sentence that asserts nothing an
     * editor could check ({@link ClaimShape}: another story's headline, a menu or list fragment, a question or pitch to
     * the reader) stays visible as a minor change whatever figure or hedge word it carries; a claim alerts, more with a
     * figure, a hedge or a source.
     */
    static double ofAddedOrRemoved(Facts f, boolean quote) {
        if (quote) {
            return QUOTE_IN_OUT;
        }
        if (!ClaimShape.asserts(f.text)) {
            return MINOR_IN_OUT;
        }
        return !f.numbers.isEmpty() || !f.hedges.isEmpty() || !f.sources.isEmpty() ? SOURCED_IN_OUT
                : f.tokens.size() >= 6 || letters(f.tokens) >= MIN_CLAIM_LETTERS ? CLAIM_IN_OUT : MINOR_IN_OUT;
    }

    /**
     * A sentence of fewer than six words still asserts when its words hold this many letters: the agglutinative
     * languages (Tamil, Turkish, Finnish, Hungarian) say in four long words what English says in eight.
     */
    private static final int MIN_CLAIM_LETTERS = 36;

    private static int letters(List<Token> tokens) {
        int n = 0;
        for (Token t : tokens) {
            n += t.norm().length();
        }
        return n;
    }

    /**
     * How much a rewording with no typed change in it matters: a name put in place of another alerts; otherwise the
     * less alike the two sides, the more, staying below the alert threshold. Rounded to three decimals.
     */
    static double ofRewording(List<Edit> edits, Facts a, Facts b, double similarity) {
        // every edit only respells: a word's marks or a month's short form, a share, a negation's prefix, a time
        boolean respelledOnly = !edits.isEmpty() && (edits.stream().allMatch(e -> respelled(e, a, b))
                || Shares.onlyRespelled(edits, a, b) || NegatedPrefix.onlyRespelled(edits, a, b)
                || TimesRead.onlyRespelled(edits, a, b) || Stance.onlyRenamed(edits, a.tokens, b.tokens));
        double sig = !respelledOnly && (namesSwapped(edits, a, b) || Contrasts.swapped(edits, a, b)
                || ContentSwap.replaced(edits, a, b) || RolesSwapped.in(a, b) || FiguresSwapped.in(a, b)
                || clauseAdded(edits, a, b) || clauseAdded(mirrored(edits), b, a)) ? NAMES_SWAPPED
                : Math.min(0.4, 0.1 + 0.3 * (1 - similarity));
        return Math.round(sig * 1000) / 1000.0;
    }

    /**
     * Both sides speak to the reader ({@link ClaimShape}: a question, an exhortation, a pitch in the first or
     * second person): a pitch whose figure or words changed, or that had furniture glued on, is shown as a minor
     * change. A title or a verbless line whose figure changes ("Capacity: 10 cups", "- Apple Cuts Prices by 10
     * Percent") still alerts: the figure is the fact (VolatileFurnitureTest).
     */
    static boolean furniture(Facts a, Facts b) {
        // a quotation on either side always counts: its words are a source's, whoever they address
        return a.quotes.isEmpty() && b.quotes.isEmpty() && toReader(a.text) && toReader(b.text);
    }

    /** Words an inserted clause has at least, and words of them the old sentence never had. */
    private static final int CLAUSE_WORDS = 5;
    private static final int CLAUSE_NEW_WORDS = 3;

    /**
     * A clause put into the sentence, nothing taken out anywhere: one edit inserts {@value #CLAUSE_WORDS} words or
     * more, outside quotes, {@value #CLAUSE_NEW_WORDS} of them content words the old sentence does not have
     * ("resigned on Tuesday, hours after prosecutors opened an inquiry"): a claim added to the sentence (and, read the
     * other way round, one taken out). The old sentence has {@value #CLAUSE_WORDS} words at least. Words that spell out
     * a name the sentence keeps in brackets after them ("the Social Insurance Institution (Kela)") are no clause.
     */
    static boolean clauseAdded(List<Edit> edits, Facts a, Facts b) {
        if (a.tokens.size() < CLAUSE_WORDS) {
            return false; // no sentence before it (its words were all a call to action's, blanked as noise)
        }
        java.util.Set<String> old = new java.util.HashSet<>();
        for (Token t : a.tokens) {
            old.add(t.norm());
        }
        for (Edit e : edits) {
            if (e.toA() != e.fromA()) {
                return false; // words taken out too: a rewrite or a reordering, not a clause put in
            }
        }
        for (Edit e : edits) {
            if (e.toB() - e.fromB() < CLAUSE_WORDS || glosses(b, e.toB())) {
                continue;
            }
            int fresh = 0;
            for (int k = e.fromB(); k < e.toB(); k++) {
                Token t = b.tokens.get(k);
                if (b.inQuote[k]) {
                    fresh = -1;
                    break;
                }
                if (!old.contains(t.norm()) && !Lexicon.STOP.contains(t.norm()) && t.norm().length() >= 4) {
                    fresh++;
                }
            }
            if (fresh >= CLAUSE_NEW_WORDS) {
                return true;
            }
        }
        return false;
    }

    /** The edits read the other way round (b into a): a clause taken out is one put in, mirrored. */
    private static List<Edit> mirrored(List<Edit> edits) {
        List<Edit> out = new java.util.ArrayList<>(edits.size());
        for (Edit e : edits) {
            out.add(new Edit(e.fromB(), e.toB(), e.fromA(), e.toA()));
        }
        return out;
    }

    /**
     * Whether the words put in before token {@code next} name what it stands for: it follows in brackets ("the
     * Economic and Financial Crimes Commission (EFCC)", "the Social Insurance Institution of Finland (Kela)").
     */
    private static boolean glosses(Facts b, int next) {
        if (next >= b.tokens.size()) {
            return false;
        }
        int at = b.tokens.get(next).start() - 1;
        while (at >= 0 && b.text.charAt(at) == ' ') {
            at--;
        }
        return at >= 0 && (b.text.charAt(at) == '(' || b.text.charAt(at) == '[');
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
            if (out && in && !respelled(e, a, b)) {
                return true;
            }
        }
        return false;
    }

    /** An edit that puts each word back respelled: its diacritics ("Yildiz" / "Yıldız"), a month's short form. */
    private static boolean respelled(Edit e, Facts a, Facts b) {
        if (e.toA() - e.fromA() != e.toB() - e.fromB()) {
            return false;
        }
        for (int k = 0; k < e.toA() - e.fromA(); k++) {
            if (!ContentSwap.sameWord(a.tokens.get(e.fromA() + k).norm(), b.tokens.get(e.fromB() + k).norm())) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code text} is a question, an exhortation or a pitch to the reader. */
    private static boolean toReader(String text) {
        ClaimShape.Shape shape = ClaimShape.of(text);
        return shape == ClaimShape.Shape.QUESTION || shape == ClaimShape.Shape.EXHORTATION
                || shape == ClaimShape.Shape.READER;
    }
}
