package org.claimwatch.stories;

/** The best existing story for an article: its id and the cosine similarity in [0,1]. */
public record StoryMatch(long storyId, double similarity) {
}
