package org.claimwatch.articles;

/** A version ready to store: cleaned text, its analysis as JSON, and the gzipped raw page. */
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
        byte[] rawHtmlGz) {
}
