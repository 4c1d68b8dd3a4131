package org.claimwatch.clean;

/**
 * What a page says about itself in JSON-LD, OpenGraph and meta tags. Fields are null when absent.
 * {@code articleBody} is the JSON-LD article body, {@code schemaType} the JSON-LD type of the main entity,
 * {@code ogType} the OpenGraph type, {@code paywalled} true when the page marks itself not free to read.
 */
record PageMetadata(
        String title,
        String byline,
        String published,
        String modified,
        String canonicalUrl,
        String language,
        String siteName,
        String leadImage,
        String articleBody,
        String schemaType,
        String ogType,
        boolean paywalled) {
}
