INSERT INTO story_changes (story_id, article_id, kind, group_key, payload)
VALUES ($1, $2, $3, $4, $5::text::jsonb)
RETURNING id, created_at
