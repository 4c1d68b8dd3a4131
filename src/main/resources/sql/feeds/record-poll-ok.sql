UPDATE feeds
SET status               = 'ok',
    title                = coalesce($2, title),
    site_url             = coalesce($3, site_url),
    last_http_status     = $4,
    etag                 = $5,
    last_modified        = $6,
    last_error           = NULL,
    consecutive_failures = 0,
    last_polled_at       = now(),
    next_poll_at         = now() + make_interval(secs => interval_seconds),
    lease_owner          = NULL,
    lease_until          = NULL
WHERE id = $1 AND lease_owner = $7
