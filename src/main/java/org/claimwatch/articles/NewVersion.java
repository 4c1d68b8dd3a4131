package org.claimwatch.articles;


import org.claimwatch.diff.ClaimChange;

import java.util.List;

/**
 * A version ready to store: cleaned text, its analysis as JSON, the gzipped raw page, and the typed claim changes
 * against the previous version (empty for a first version).
 */
public record NewVersion(
        long articleId,
        int versionNo,
        String title,
        String byline,
        String published,
        String text,
        String textHash,
        String fingerprint,
        Integer revertOf,
        int sentenceCount,
        int sentencesAdded,
        int sentencesRemoved,
        String claimsJson,
        String metadataJson,
        byte[] rawHtmlGz,
        List<ClaimChange> changes) {

    public NewVersion {
        changes = List.copyOf(changes);
    }

    /** True when a change reaches the alert threshold. */
    public boolean significant() {
        return changes.stream().anyMatch(c -> c.significance() >= org.claimwatch.diff.VersionDiff.ALERT_THRESHOLD);
    }
}
