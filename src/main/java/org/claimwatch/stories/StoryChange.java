package org.claimwatch.stories;

/** One change a new article brings to its story: the kind, the group as it now stands, and the new article's fact. */
public record StoryChange(StoryChangeKind kind, ClaimGroup group, Fact fact) {
}
