UPDATE feeds
SET lease_owner = $1,
    lease_until = now() + make_interval(secs => $2)
WHERE id IN (SELECT id
             FROM feeds
             WHERE NOT paused
               AND next_poll_at <= now()
               AND (lease_until IS NULL OR lease_until < now())
             ORDER BY next_poll_at
             LIMIT $3
             FOR UPDATE SKIP LOCKED)
RETURNING id, url, title, etag, last_modified, interval_seconds, consecutive_failures
