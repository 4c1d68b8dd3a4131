package org.claimwatch.articles;

import org.claimwatch.claims.AnalyzedText;
import org.claimwatch.claims.Claims;
import org.claimwatch.diff.DiffResult;
import org.claimwatch.diff.VersionDiff;

import java.time.LocalDate;

/**
 * Any two stored versions compared on demand: both analyses, both headlines (null when a version has none) and
 * their diff, the headline's change first. Pure; run it on a worker.
 */
public record Comparison(AnalyzedText before, AnalyzedText after, String headlineBefore, String headlineAfter,
                         DiffResult diff) {

    public static Comparison of(String beforeText, String afterText, String published) {
        return of(beforeText, afterText, published, null, null);
    }

    public static Comparison of(String beforeText, String afterText, String published, String headlineBefore,
                                String headlineAfter) {
        LocalDate date = Dates.day(published);
        AnalyzedText before = Claims.analyze(beforeText, date);
        AnalyzedText after = Claims.analyze(afterText, date);
        return new Comparison(before, after, headlineBefore, headlineAfter,
                VersionDiff.compare(before, after, headlineBefore, headlineAfter));
    }
}
