package org.claimwatch.stories;

import java.time.LocalDate;

/**
 * One article of a story as the story core needs it: ids, outlet, url, publication date (nullable) and cleaned
 * text. {@code title} and {@code url} may be null.
 */
public record StoryArticle(long articleId, long versionId, String outlet, String url, String title, LocalDate date,
                           String text) {

    public StoryArticle {
        if (text == null || outlet == null) {
            throw new IllegalArgumentException("text and outlet must not be null");
        }
    }
}
