package org.claimwatch.clean.bench;

import org.claimwatch.clean.CleanedArticle;
import org.claimwatch.clean.Cleaner;
import org.claimwatch.clean.Verdict;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Cleans benchmark pages and aggregates their scores. Pure apart from the pages it is given. */
public final class BenchScorer {

    /**
     * Page-averaged figures over a benchmark run. {@code withRate} pools all pages' snippets; the {@code wcxb} rates
     * are the published WCXB scorer's ({@code evaluate.py}): per page the share of snippets found by lower-cased
     * substring, averaged over pages.
     */
    public record Summary(int pages, double wordF1, double shingleP, double shingleR, double shingleF1,
                          double withRate, double withoutPageRate, double withoutWordsPageRate,
                          double wcxbWithRate, double wcxbWithoutRate, double allWithPageRate,
                          Map<Verdict, Integer> verdicts,
                          List<PageResult> results) {
        /** The F1 of the page-averaged shingle precision and recall (the ScrapingHub benchmark's figure). */
        public double shingleF1OfMeans() {
            return shingleP + shingleR == 0 ? 0 : 2 * shingleP * shingleR / (shingleP + shingleR);
        }
    }

    private BenchScorer() {
    }

    public static PageResult score(BenchPage page) {
        CleanedArticle a = Cleaner.clean(page.html(), page.truth().url(), null);
        return score(page.truth(), a);
    }

    public static PageResult score(GroundTruth truth, CleanedArticle a) {
        String text = a.text();
        String normalized = TextScores.normalize(text);
        String lower = text.toLowerCase(Locale.ROOT);
        int withFound = 0;
        int withStrict = 0;
        for (String s : truth.with()) {
            if (TextScores.contains(normalized, s)) {
                withFound++;
            }
            if (TextScores.containsStrict(lower, s)) {
                withStrict++;
            }
        }
        int withoutFound = 0;
        int withoutWordsFound = 0;
        int withoutStrict = 0;
        for (String s : truth.without()) {
            if (TextScores.contains(normalized, s)) {
                withoutFound++;
                if (TextScores.containsWords(normalized, s)) {
                    withoutWordsFound++;
                }
            }
            if (TextScores.containsStrict(lower, s)) {
                withoutStrict++;
            }
        }
        return new PageResult(truth.id(), a.verdict(), TextScores.words(text, truth.mainContent()),
                TextScores.shingles(text, truth.mainContent()), withFound, truth.with().size(), withoutFound,
                withoutWordsFound, withStrict, withoutStrict, truth.without().size());
    }

    public static Summary run(List<BenchPage> pages) {
        List<PageResult> results = new ArrayList<>(pages.size());
        for (BenchPage p : pages) {
            results.add(score(p));
        }
        return summarise(results);
    }

    public static Summary summarise(List<PageResult> results) {
        double f1 = 0;
        double sp = 0;
        double sr = 0;
        double sf = 0;
        int withFound = 0;
        int withTotal = 0;
        int withoutPages = 0;
        int withoutWordsPages = 0;
        int allWithPages = 0;
        double wcxbWith = 0;
        double wcxbWithout = 0;
        Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        for (PageResult r : results) {
            f1 += r.words().f1();
            sp += r.shingles().precision();
            sr += r.shingles().recall();
            sf += r.shingles().f1();
            withFound += r.withFound();
            withTotal += r.withTotal();
            withoutPages += r.withoutFound() > 0 ? 1 : 0;
            allWithPages += r.withFound() == r.withTotal() ? 1 : 0;
            withoutWordsPages += r.withoutWordsFound() > 0 ? 1 : 0;
            wcxbWith += r.withTotal() == 0 ? 1 : (double) r.withStrictFound() / r.withTotal();
            wcxbWithout += r.withoutTotal() == 0 ? 0 : (double) r.withoutStrictFound() / r.withoutTotal();
            verdicts.merge(r.verdict(), 1, Integer::sum);
        }
        int n = Math.max(1, results.size());
        return new Summary(results.size(), f1 / n, sp / n, sr / n, sf / n,
                withTotal == 0 ? 1 : (double) withFound / withTotal, (double) withoutPages / n, (double) withoutWordsPages / n, wcxbWith / n, wcxbWithout / n,
                (double) allWithPages / n, verdicts, results);
    }
}
