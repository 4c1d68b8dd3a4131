UPDATE feeds
SET status               = 'error',
    last_error           = $2,
    last_http_status     = $3,
    consecutive_failures = consecutive_failures + 1,
    last_polled_at       = now(),
    next_poll_at         = now() + make_interval(secs => interval_seconds),
    lease_owner          = NULL,
    lease_until          = NULL
WHERE id = $1 AND lease_owner = $4
