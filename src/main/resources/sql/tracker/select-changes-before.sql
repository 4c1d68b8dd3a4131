SELECT c.id, c.article_id, c.version_id, c.from_version, c.to_version, c.kind, c.claim_key, c.before_text,
       c.after_text, c.significance, c.detail, c.created_at, a.feed_id, a.url, a.outlet, a.title
FROM claim_changes c
         JOIN articles a ON a.id = c.article_id
WHERE c.id < $1
  AND ($2::bigint IS NULL OR a.feed_id = $2)
  AND ($3::bigint IS NULL OR c.article_id = $3)
ORDER BY c.id DESC
LIMIT $4
