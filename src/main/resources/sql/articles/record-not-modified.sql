UPDATE articles
SET last_fetched_at     = now(),
    last_status         = 'ok',
    last_error          = NULL,
    fetch_failures      = 0,
    next_check_at       = CASE WHEN $2 < 0 THEN NULL ELSE now() + make_interval(secs => $2) END,
    check_lease_until   = NULL,
    etag                = coalesce($3, etag),
    last_modified       = coalesce($4, last_modified),
    checks_not_modified = checks_not_modified + 1,
    bytes_saved         = bytes_saved + coalesce(last_body_bytes, 0)
WHERE id = $1
RETURNING feed_id, coalesce(last_body_bytes, 0) AS saved
