package org.claimwatch.stories;

/** What a new article changes in its story: a claim new to it, a disputed one, a figure updated. */
public enum StoryChangeKind {
    STORY_CLAIM_NEW, STORY_CLAIM_DISPUTED, STORY_CLAIM_UPDATED
}
