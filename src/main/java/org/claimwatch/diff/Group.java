package org.claimwatch.diff;

import java.util.List;

/**
 * Aligned sentences: old indices and new indices (either side empty for a removal or an addition), whether
 * their words are the same, and their similarity. Immutable.
 */
record Group(List<Integer> olds, List<Integer> news, boolean sameWords, double similarity) {

    Group {
        olds = List.copyOf(olds);
        news = List.copyOf(news);
    }
}
