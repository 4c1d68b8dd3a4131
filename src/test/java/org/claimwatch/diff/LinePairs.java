package org.claimwatch.diff;

import org.claimwatch.claims.Claims;

/** A line as two fetches read it, diffed between two fixed paragraphs of news (furniture and edit corpora). */
public final class LinePairs {

    private static final String HEAD = "The council approved the new bridge on a vote of seven to two.\n\n";
    private static final String TAIL = "\n\nConstruction crews expect to start work in the spring, the mayor said.";

    private LinePairs() {
    }

    public static DiffResult between(String before, String after) {
        return VersionDiff.compare(Claims.analyze(HEAD + before + TAIL, null), Claims.analyze(HEAD + after + TAIL, null));
    }
}
