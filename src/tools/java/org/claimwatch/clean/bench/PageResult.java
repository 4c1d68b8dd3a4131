package org.claimwatch.clean.bench;

import org.claimwatch.clean.Verdict;

/**
 * Scores of one cleaned benchmark page; {@code withoutFound} counts substring matches, {@code withoutWordsFound}
 * counts matches on word boundaries ("Home" no longer matching "home renovation"); the {@code strict} counts use the
 * published WCXB scorer's test (lower-cased substring, no other normalisation).
 */
public record PageResult(String id, Verdict verdict, TextScores.Prf words, TextScores.Prf shingles,
                         int withFound, int withTotal, int withoutFound, int withoutWordsFound,
                         int withStrictFound, int withoutStrictFound, int withoutTotal) {
}
