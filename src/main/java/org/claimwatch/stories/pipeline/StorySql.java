package org.claimwatch.stories.pipeline;

import org.claimwatch.db.SqlResource;

/** Every SQL statement of the stories feature, each loaded once from {@code sql/stories/<verb>-<object>.sql}. */
enum StorySql {
    LOCK_UNASSIGNED_ARTICLE("lock-unassigned-article"),
    LOCK_STORY_ASSIGNMENT("lock-story-assignment"),
    SELECT_INDEX_ENTRIES("select-index-entries"),
    SELECT_INDEX_ENTRIES_AFTER("select-index-entries-after"),
    INSERT_STORY("insert-story"),
    UPSERT_STORY_ARTICLE("upsert-story-article"),
    SELECT_STORY_FACTS("select-story-facts"),
    SELECT_STORY_GROUPS("select-story-groups"),
    UPDATE_STORY_GROUPS("update-story-groups"),
    INSERT_STORY_CHANGE("insert-story-change"),
    SELECT_STORIES("select-stories"),
    SELECT_STORY("select-story"),
    SELECT_STORY_ARTICLES("select-story-articles"),
    SELECT_STORY_CHANGES("select-story-changes"),
    MOVE_STORY_ARTICLES("move-story-articles"),
    MOVE_ARTICLES("move-articles"),
    MARK_MERGED("mark-merged"),
    UPDATE_STORY("update-story");

    private final String sql;

    StorySql(String name) {
        this.sql = SqlResource.load("stories/" + name);
    }

    String sql() {
        return sql;
    }
}
