SELECT v.id, v.article_id, v.version_no, v.fetched_at, v.sentence_count, v.sentences_added, v.sentences_removed,
       v.revert_of, coalesce(v.title, a.title) AS title, a.url, a.outlet, a.feed_id,
       (SELECT count(*) FROM claim_changes c WHERE c.version_id = v.id)::int AS changes_count,
       coalesce((SELECT max(c.significance) FROM claim_changes c WHERE c.version_id = v.id), 0) >= $3 AS significant
FROM article_versions v
         JOIN articles a ON a.id = v.article_id
WHERE v.id < $1
ORDER BY v.id DESC
LIMIT $2
