UPDATE articles
SET check_lease_until = now() + make_interval(secs => $1),
    check_lease_owner = $3
WHERE id IN (SELECT a.id
             FROM articles a
                      JOIN feeds f ON f.id = a.feed_id
             WHERE NOT f.paused
               AND a.next_check_at <= now()
               AND (a.check_lease_until IS NULL OR a.check_lease_until < now())
             ORDER BY a.next_check_at
             LIMIT $2
             FOR UPDATE OF a SKIP LOCKED)
RETURNING id, url, feed_id, first_seen_at, last_changed_at, etag, last_modified
