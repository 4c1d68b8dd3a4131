package org.claimwatch.semantic.model;

import org.claimwatch.db.SqlResource;

/** Every SQL statement of the embedding cache, each loaded once from {@code sql/semantic/<verb>-<object>.sql}. */
enum SemanticSql {
    SELECT_EMBEDDINGS("select-embeddings"),
    INSERT_EMBEDDING("insert-embedding");

    private final String sql;

    SemanticSql(String name) {
        this.sql = SqlResource.load("semantic/" + name);
    }

    String sql() {
        return sql;
    }
}
