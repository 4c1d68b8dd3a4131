package org.claimwatch.clean.bench;

import org.claimwatch.clean.Verdict;

/** Scores of one cleaned benchmark page. */
public record PageResult(String id, Verdict verdict, TextScores.Prf words, TextScores.Prf shingles,
                         int withFound, int withTotal, int withoutFound) {
}
