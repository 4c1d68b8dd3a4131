package org.claimwatch.articles;

import org.claimwatch.diff.Headlines;

import java.util.List;

/**
 * What the pipeline needs to know of an article's stored versions: the newest version number and text
 * (null when none), the fingerprints of every version, newest first, the headlines the versions had (oldest first,
 * each with when its version was stored; versions without one are left out) and the feed item's title (null when
 * unknown), the headline's fallback. {@code latestPageGz} (nullable): the gzipped page the newest version was
 * cleaned from, so that a re-fetch changes the article only where the page changed
 * ({@link org.claimwatch.clean.Continuity}).
 */
public record VersionHistory(int latestVersion, String latestText, List<String> fingerprints,
                             List<Headlines.Seen> headlines, String feedTitle, byte[] latestPageGz) {

    public VersionHistory {
        fingerprints = List.copyOf(fingerprints);
        headlines = List.copyOf(headlines);
    }

    /** A history without the newest version's page. */
    public VersionHistory(int latestVersion, String latestText, List<String> fingerprints,
                          List<Headlines.Seen> headlines, String feedTitle) {
        this(latestVersion, latestText, fingerprints, headlines, feedTitle, null);
    }

    /** A history without headlines (versions stored before headlines were kept). */
    public VersionHistory(int latestVersion, String latestText, List<String> fingerprints) {
        this(latestVersion, latestText, fingerprints, List.of(), null);
    }

    public static VersionHistory empty() {
        return new VersionHistory(0, null, List.of());
    }

    /** The newest headline a version had, or null when none had one. */
    public String latestHeadline() {
        return headlines.isEmpty() ? null : headlines.get(headlines.size() - 1).headline();
    }
}
