SELECT id, version_no, fetched_at, title, sentence_count, sentences_added, sentences_removed, revert_of
FROM article_versions
WHERE article_id = $1
ORDER BY version_no
