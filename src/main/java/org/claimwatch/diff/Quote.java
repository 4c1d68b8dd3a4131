package org.claimwatch.diff;

import java.util.List;

/** Quoted words of a text: character range [start, end) and the token indices inside it. Immutable. */
record Quote(int start, int end, List<Integer> tokens) {

    public Quote {
        tokens = List.copyOf(tokens);
    }
}
