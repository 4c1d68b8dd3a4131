package org.claimwatch.diff;

import java.util.List;
import java.util.Set;

/**
 * A word negated by its prefix written as a negation and the word ("unclear" / "not clear", "unlikely" / "not
 * likely", "unklar" / "nicht klar", "onduidelijk" / "niet duidelijk"): every edit trades one for the other. Pure.
 */
final class NegatedPrefix {

    private static final List<String> PREFIXES = List.of("un", "in", "im", "ir", "il", "dis", "non", "on");
    /** Words whose prefixed form does not deny them ("invaluable", "infamous", "inflammable"). */
    private static final Set<String> NOT_DENIED = Set.of("valuable", "famous", "flammable",
            "habitable", "dustrial", "formation", "tense", "vest");

    private NegatedPrefix() {
    }

    /** Whether every edit of {@code edits} is such a trade, in either direction. */
    static boolean onlyRespelled(List<Edit> edits, Facts a, Facts b) {
        if (edits.isEmpty()) {
            return false;
        }
        for (Edit e : edits) {
            if (!trade(a, e.fromA(), e.toA(), b, e.fromB(), e.toB())
                    && !trade(b, e.fromB(), e.toB(), a, e.fromA(), e.toA())) {
                return false;
            }
        }
        return true;
    }

    /** One word on side x ("unclear") against a negation and that word without its prefix on side y ("not clear"). */
    private static boolean trade(Facts x, int fx, int tx, Facts y, int fy, int ty) {
        if (tx - fx != 1 || ty - fy != 2 || !"not".equals(Lexicon.hedge(y.tokens.get(fy).norm()))) {
            return false;
        }
        String prefixed = x.tokens.get(fx).norm();
        String bare = y.tokens.get(fy + 1).norm();
        for (String p : PREFIXES) {
            if (bare.length() >= 3 && prefixed.equals(p + bare) && !NOT_DENIED.contains(bare)) {
                return true;
            }
        }
        return false;
    }
}
