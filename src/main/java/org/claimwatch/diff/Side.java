package org.claimwatch.diff;

import org.claimwatch.claims.AnalyzedText;
import org.claimwatch.claims.Sentence;

import java.util.ArrayList;
import java.util.List;

/** One version being compared: its prepared sentences and its claims. */
final class Side {

    final AnalyzedText text;
    final List<Passage> passages;
    final ClaimIndex claims;

    private final List<int[]> quotes;

    Side(AnalyzedText text, List<Passage> passages) {
        this.text = text;
        this.passages = passages;
        this.claims = new ClaimIndex(text);
        this.quotes = QuoteRanges.find(text.text());
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
        if (sentences.size() == 1) {
            return facts(sentences.get(0));
        }
        StringBuilder text = new StringBuilder();
        StringBuilder scan = new StringBuilder();
        List<int[]> ranges = new ArrayList<>();
        for (int s : sentences) {
            if (text.length() > 0) {
                text.append(' ');
                scan.append(' ');
            }
            Passage p = passages.get(s);
            Sentence sentence = this.text.sentences().get(s);
            int shift = text.length() - sentence.start();
            for (int[] q : quotesOver(sentence.start(), sentence.end())) {
                ranges.add(new int[] {Math.max(q[0], sentence.start()) + shift, Math.min(q[1], sentence.end()) + shift});
            }
            text.append(p.text());
            scan.append(p.noise() ? " ".repeat(p.text().length()) : p.stripped());
        }
        return Facts.of(text.toString(), scan.toString(), ranges);
    }

    /** Facts of one sentence, from the words its passage already holds. */
    private Facts facts(int s) {
        Passage p = passages.get(s);
        Sentence sentence = this.text.sentences().get(s);
        List<int[]> ranges = new ArrayList<>();
        for (int[] q : quotesOver(sentence.start(), sentence.end())) {
            ranges.add(new int[] {Math.max(q[0], sentence.start()) - sentence.start(),
                    Math.min(q[1], sentence.end()) - sentence.start()});
        }
        return p.noise() ? Facts.of(p.text(), " ".repeat(p.text().length()), List.of(), ranges)
                : Facts.of(p.text(), p.stripped(), p.tokens(), ranges);
    }

    /** The quoted ranges overlapping [from, to), by binary search over the ordered ranges. */
    private List<int[]> quotesOver(int from, int to) {
        int lo = 0;
        int hi = quotes.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (quotes.get(mid)[1] <= from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<int[]> out = new ArrayList<>(2);
        for (int k = lo; k < quotes.size() && quotes.get(k)[0] < to; k++) {
            out.add(quotes.get(k));
        }
        return out;
    }
}
