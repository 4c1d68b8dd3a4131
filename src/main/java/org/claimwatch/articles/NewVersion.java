package org.claimwatch.articles;


import org.claimwatch.diff.ClaimChange;

import java.util.List;

/**
 * A version ready to store: cleaned text, its analysis as JSON, the gzipped raw page, the typed claim changes
 * against the previous version (empty for a first version) and the article's headline (null when it has none).
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
        List<ClaimChange> changes,
        String headline) {

    public NewVersion {
        changes = List.copyOf(changes);
        headline = headline == null || headline.isBlank() ? null : headline;
    }

    /** A version without a headline. */
    public NewVersion(long articleId, int versionNo, String title, String byline, String published, String text,
                      String textHash, String fingerprint, Integer revertOf, int sentenceCount, int sentencesAdded,
                      int sentencesRemoved, String claimsJson, String metadataJson, byte[] rawHtmlGz,
                      List<ClaimChange> changes) {
        this(articleId, versionNo, title, byline, published, text, textHash, fingerprint, revertOf, sentenceCount,
                sentencesAdded, sentencesRemoved, claimsJson, metadataJson, rawHtmlGz, changes, null);
    }

    /** True when a change reaches the alert threshold. */
    public boolean significant() {
        return changes.stream().anyMatch(c -> c.significance() >= org.claimwatch.diff.VersionDiff.ALERT_THRESHOLD);
    }
}
