package org.claimwatch.stories.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

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
        this.sql = load("/sql/stories/" + name + ".sql");
    }

    String sql() {
        return sql;
    }

    private static String load(String resource) {
        try (InputStream in = StorySql.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing SQL resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
