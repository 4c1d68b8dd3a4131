UPDATE feeds
SET interval_seconds = coalesce($2, interval_seconds),
    paused           = coalesce($3, paused),
    status           = CASE WHEN coalesce($3, paused) THEN 'paused'
                            WHEN status = 'paused' THEN 'new'
                            ELSE status END,
    paused_reason    = CASE WHEN $3 IS NOT NULL THEN NULL ELSE paused_reason END,
    next_poll_at     = CASE WHEN paused AND NOT coalesce($3, paused) THEN now() ELSE next_poll_at END,
    consecutive_failures = CASE WHEN paused AND NOT coalesce($3, paused) THEN 0 ELSE consecutive_failures END
WHERE id = $1
RETURNING id
