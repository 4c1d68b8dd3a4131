package org.claimwatch.diff;

import java.util.List;

/**
 * One line of the sentence alignment: old sentence {@code before} (-1 for ADDED) and the new sentence indices
 * it maps to ({@code after}, empty for REMOVED), with the content similarity in [0,1]. Immutable.
 */
public record SentenceLink(int before, LinkKind kind, List<Integer> after, double similarity) {

    public SentenceLink {
        after = List.copyOf(after);
    }
}
