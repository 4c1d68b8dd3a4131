SELECT id, article_id, version_no, fetched_at, title, byline, published, text, revert_of, sentence_count,
       sentences_added, sentences_removed, claims, metadata
FROM article_versions
WHERE id = $1
