INSERT INTO claim_changes (article_id, version_id, from_version, to_version, kind, claim_key, before_text,
                           after_text, significance, detail)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::text::jsonb)
RETURNING id, created_at
