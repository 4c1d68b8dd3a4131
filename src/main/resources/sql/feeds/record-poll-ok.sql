UPDATE feeds
SET status               = 'ok',
    title                = coalesce($2, title),
    site_url             = coalesce($3, site_url),
    last_http_status     = $4,
    etag                 = $5,
    last_modified        = $6,
    last_error           = NULL,
    parse_warnings       = CASE WHEN $4 = 304 THEN parse_warnings ELSE $9 END,
    consecutive_failures = 0,
    polls_full           = polls_full + CASE WHEN $4 = 304 THEN 0 ELSE 1 END,
    polls_not_modified   = polls_not_modified + CASE WHEN $4 = 304 THEN 1 ELSE 0 END,
    bytes_saved          = bytes_saved + CASE WHEN $4 = 304 THEN coalesce(last_body_bytes, 0) ELSE 0 END,
    last_body_bytes      = coalesce($8, last_body_bytes),
    last_polled_at       = now(),
    next_poll_at         = now() + make_interval(secs => interval_seconds),
    lease_owner          = NULL,
    lease_until          = NULL
WHERE id = $1 AND lease_owner = $7
