UPDATE articles
SET version_count     = $2,
    title             = coalesce($3, title),
    last_fetched_at   = now(),
    last_changed_at   = now(),
    last_status       = 'ok',
    last_error        = NULL,
    fetch_failures    = 0,
    next_check_at     = CASE WHEN $4 < 0 THEN NULL ELSE now() + make_interval(secs => $4) END,
    check_lease_until = NULL
WHERE id = $1
RETURNING feed_id, url, outlet, title
