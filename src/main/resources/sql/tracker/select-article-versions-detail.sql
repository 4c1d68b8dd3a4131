SELECT v.id, v.version_no, v.fetched_at, v.title, v.sentence_count, v.sentences_added, v.sentences_removed,
       v.revert_of, v.raw_html_gz IS NOT NULL AS has_raw,
       (SELECT count(*) FROM claim_changes c WHERE c.version_id = v.id)::int AS changes_count,
       coalesce((SELECT max(c.significance) FROM claim_changes c WHERE c.version_id = v.id), 0)::float8 AS max_significance,
       coalesce((SELECT max(c.significance) FROM claim_changes c WHERE c.version_id = v.id), 0) >= $2 AS significant
FROM article_versions v
WHERE v.article_id = $1
ORDER BY v.version_no
