UPDATE articles
SET last_fetched_at   = now(),
    last_status       = $2,
    last_error        = $3,
    fetch_failures    = CASE WHEN $3::text IS NULL THEN 0 ELSE fetch_failures + 1 END,
    next_check_at     = CASE WHEN $4 < 0 THEN NULL ELSE now() + make_interval(secs => $4) END,
    check_lease_until = NULL
WHERE id = $1
