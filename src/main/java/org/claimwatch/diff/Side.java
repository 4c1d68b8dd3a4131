package org.claimwatch.diff;

import org.claimwatch.claims.AnalyzedText;

import java.util.List;

/** One version being compared: its prepared sentences and its claims. */
final class Side {

    final AnalyzedText text;
    final List<Passage> passages;
    final ClaimIndex claims;

    Side(AnalyzedText text, List<Passage> passages) {
        this.text = text;
        this.passages = passages;
        this.claims = new ClaimIndex(text);
    }

    boolean allNoise(List<Integer> sentences) {
        for (int s : sentences) {
            if (!passages.get(s).noise()) {
                return false;
            }
        }
        return true;
    }

    /** Facts of these sentences joined by single spaces (the change's before/after text). */
    Facts facts(List<Integer> sentences) {
        StringBuilder text = new StringBuilder();
        StringBuilder scan = new StringBuilder();
        for (int s : sentences) {
            if (text.length() > 0) {
                text.append(' ');
                scan.append(' ');
            }
            Passage p = passages.get(s);
            text.append(p.text());
            scan.append(p.noise() ? " ".repeat(p.text().length()) : Noise.strip(p.text()));
        }
        return Facts.of(text.toString(), scan.toString());
    }
}
