UPDATE feeds
SET status               = CASE WHEN consecutive_failures + 1 >= $6 THEN 'paused' ELSE 'error' END,
    paused               = paused OR consecutive_failures + 1 >= $6,
    paused_reason        = CASE WHEN consecutive_failures + 1 >= $6
                                THEN 'paused after ' || (consecutive_failures + 1) || ' failed polls in a row'
                                ELSE paused_reason END,
    last_error           = $2,
    last_http_status     = $3,
    consecutive_failures = consecutive_failures + 1,
    last_polled_at       = now(),
    next_poll_at         = now() + make_interval(secs => $5),
    lease_owner          = NULL,
    lease_until          = NULL
WHERE id = $1 AND lease_owner = $4
RETURNING consecutive_failures, paused
