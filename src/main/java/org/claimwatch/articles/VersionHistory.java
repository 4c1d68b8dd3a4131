package org.claimwatch.articles;

import java.util.List;

/**
 * What the pipeline needs to know of an article's stored versions: the newest version number and text
 * (null when none) and the fingerprints of every version, newest first.
 */
public record VersionHistory(int latestVersion, String latestText, List<String> fingerprints) {

    public VersionHistory {
        fingerprints = List.copyOf(fingerprints);
    }

    public static VersionHistory empty() {
        return new VersionHistory(0, null, List.of());
    }
}
