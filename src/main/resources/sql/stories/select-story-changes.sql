SELECT id, story_id, article_id, kind, group_key, payload::text AS payload, created_at
FROM story_changes
WHERE story_id = $1
ORDER BY id DESC
LIMIT $2
