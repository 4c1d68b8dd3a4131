package org.claimwatch.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

import java.util.ArrayList;
import java.util.List;

/** Word-level diff (java-diff-utils, Myers) of two token lists, compared by normalised form. */
final class WordDiff {

    private WordDiff() {
    }

    static List<Edit> edits(List<Token> a, List<Token> b) {
        List<String> x = norms(a);
        List<String> y = norms(b);
        List<Edit> out = new ArrayList<>();
        for (AbstractDelta<String> d : DiffUtils.diff(x, y).getDeltas()) {
            int pa = d.getSource().getPosition();
            int pb = d.getTarget().getPosition();
            out.add(new Edit(pa, pa + d.getSource().size(), pb, pb + d.getTarget().size()));
        }
        return out;
    }

    private static boolean onlyConnectives(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Lexicon.CONNECTIVES.contains(tokens.get(k).norm())) {
                return false;
            }
        }
        return true;
    }

    private static List<String> norms(List<Token> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            out.add(t.norm());
        }
        return out;
    }

    /** The letters without their accents: "José Álvarez" is "Jose Alvarez" respelled. */
    private static String unaccented(CharSequence s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** True when the edit only respells words (joined letters equal, one-for-one typo fixes) or moves connectives. */
    static boolean isNoise(Edit e, List<Token> a, List<Token> b) {
        StringBuilder x = new StringBuilder();
        StringBuilder y = new StringBuilder();
        for (int k = e.fromA(); k < e.toA(); k++) {
            x.append(a.get(k).norm());
        }
        for (int k = e.fromB(); k < e.toB(); k++) {
            y.append(b.get(k).norm());
        }
        if (x.toString().contentEquals(y) || unaccented(x).equals(unaccented(y)) || onlyConnectives(a, e.fromA(), e.toA()) && onlyConnectives(b, e.fromB(), e.toB())) {
            return true;
        }
        if (Acronyms.spelledOut(a, e.fromA(), e.toA(), b, e.fromB(), e.toB())
                || Acronyms.abbreviated(a, e.fromA(), e.toA(), b, e.fromB(), e.toB())) {
            return true;
        }
        if (e.toA() - e.fromA() != e.toB() - e.fromB()) {
            return false;
        }
        for (int k = 0; k < e.toA() - e.fromA(); k++) {
            Token x1 = a.get(e.fromA() + k);
            Token y1 = b.get(e.fromB() + k);
            if (!Typos.isTypo(x1, y1) && !Numbers.sameMonth(x1.norm(), y1.norm())) {
                return false;
            }
        }
        return true;
    }
}
