UPDATE stories
SET title        = coalesce($2, title),
    title_locked = title_locked OR $2 IS NOT NULL,
    pinned       = coalesce($3, pinned),
    updated_at   = now()
WHERE id = $1
RETURNING id
