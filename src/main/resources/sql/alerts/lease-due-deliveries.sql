WITH picked AS (
    SELECT c.id
      FROM webhook_deliveries c
      JOIN webhook_subscriptions cs ON cs.id = c.subscription_id AND cs.active
     WHERE c.status = 'pending' AND c.next_attempt_at <= now()
       AND (c.lease_until IS NULL OR c.lease_until < now())
       AND NOT EXISTS (SELECT 1 FROM webhook_deliveries e
                        WHERE e.subscription_id = c.subscription_id AND e.order_key = c.order_key
                          AND e.status = 'pending' AND e.id < c.id)
       AND NOT EXISTS (SELECT 1 FROM webhook_deliveries e
                        WHERE e.subscription_id = c.subscription_id AND e.order_key = 'digest'
                          AND e.status = 'pending' AND e.id < c.id)
     ORDER BY c.id
     LIMIT $2
       FOR UPDATE OF c SKIP LOCKED),
leased AS (
    UPDATE webhook_deliveries d
       SET lease_until = now() + make_interval(secs => $1), lease_owner = $4
      FROM picked
     WHERE d.id = picked.id
 RETURNING d.id, d.subscription_id, d.event_id, d.type, d.body, d.attempts, d.max_attempts),
stats AS (
    SELECT l.subscription_id,
           -- new traffic only: first attempts (a retry is the same alert again, not a new request to limit)
           (SELECT count(*) FROM webhook_attempts a
             WHERE a.subscription_id = l.subscription_id AND a.attempt_no = 1
               AND a.created_at > now() - make_interval(secs => $3))
           -- requests in flight from any instance (leased before this statement; this statement's own leases are
           -- not visible here): they count against the window before their attempt is recorded
           + (SELECT count(*) FROM webhook_deliveries f
               WHERE f.subscription_id = l.subscription_id AND f.status = 'pending' AND f.lease_until > now()
                 AND f.attempts = 0)
             AS sent_in_window,
           (SELECT coalesce(extract(epoch FROM min(a.created_at) + make_interval(secs => $3) - now()), 0)::float8
              FROM webhook_attempts a
             WHERE a.subscription_id = l.subscription_id AND a.attempt_no = 1
               AND a.created_at > now() - make_interval(secs => $3)) AS window_reset_s,
           (SELECT count(*) FROM webhook_deliveries b
             WHERE b.subscription_id = l.subscription_id AND b.status = 'pending'
               AND b.type <> 'webhook.test' AND b.attempts = 0) AS backlog
      FROM (SELECT DISTINCT subscription_id FROM leased) l)
SELECT leased.*, s.url, s.format, s.secret,
       CASE WHEN s.previous_secret_until > now() THEN s.previous_secret END AS previous_secret,
       stats.sent_in_window, stats.window_reset_s, stats.backlog
  FROM leased
  JOIN webhook_subscriptions s ON s.id = leased.subscription_id
  JOIN stats ON stats.subscription_id = leased.subscription_id
