package org.claimwatch.clean;

import java.util.List;

/**
 * The result of cleaning one page: metadata, main text as paragraphs, and a verdict.
 * Metadata fields are null when the page does not state them. Immutable.
 */
public record CleanedArticle(
        Verdict verdict,
        String reason,
        String title,
        String byline,
        String published,
        String modified,
        String canonicalUrl,
        String language,
        String siteName,
        String leadImage,
        List<Paragraph> paragraphs) {

    public CleanedArticle {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The main text, paragraphs separated by blank lines. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Paragraph p : paragraphs) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(p.text());
        }
        return sb.toString();
    }

    public boolean ok() {
        return verdict == Verdict.OK;
    }
}
