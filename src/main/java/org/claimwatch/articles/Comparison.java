package org.claimwatch.articles;

import org.claimwatch.claims.AnalyzedText;
import org.claimwatch.claims.Claims;
import org.claimwatch.diff.DiffResult;
import org.claimwatch.diff.VersionDiff;

import java.time.LocalDate;

/** Any two stored versions compared on demand: both analyses and their diff. Pure; run it on a worker. */
public record Comparison(AnalyzedText before, AnalyzedText after, DiffResult diff) {

    public static Comparison of(String beforeText, String afterText, String published) {
        LocalDate date = Dates.day(published);
        AnalyzedText before = Claims.analyze(beforeText, date);
        AnalyzedText after = Claims.analyze(afterText, date);
        return new Comparison(before, after, VersionDiff.compare(before, after));
    }
}
