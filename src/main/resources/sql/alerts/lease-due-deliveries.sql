UPDATE webhook_deliveries d
   SET lease_until = now() + make_interval(secs => $1)
  FROM webhook_subscriptions s
 WHERE s.id = d.subscription_id
   AND d.id IN (SELECT c.id
                  FROM webhook_deliveries c
                  JOIN webhook_subscriptions cs ON cs.id = c.subscription_id AND cs.active
                 WHERE c.status = 'pending' AND c.next_attempt_at <= now()
                   AND (c.lease_until IS NULL OR c.lease_until < now())
                   AND NOT EXISTS (SELECT 1 FROM webhook_deliveries e
                                    WHERE e.subscription_id = c.subscription_id AND e.status = 'pending'
                                      AND e.id < c.id AND (e.order_key = c.order_key OR e.order_key = 'digest'))
                 ORDER BY c.id
                 LIMIT $2
                   FOR UPDATE OF c SKIP LOCKED)
RETURNING d.id, d.subscription_id, d.event_id, d.type, d.body, d.attempts, d.max_attempts,
          s.url, s.format, s.secret,
          CASE WHEN s.previous_secret_until > now() THEN s.previous_secret END AS previous_secret,
          (SELECT count(*) FROM webhook_attempts a
            WHERE a.subscription_id = d.subscription_id AND a.created_at > now() - make_interval(secs => $3)) AS sent_in_window,
          (SELECT coalesce(extract(epoch FROM min(a.created_at) + make_interval(secs => $3) - now()), 0)::float8
             FROM webhook_attempts a
            WHERE a.subscription_id = d.subscription_id AND a.created_at > now() - make_interval(secs => $3)) AS window_reset_s,
          (SELECT count(*) FROM webhook_deliveries b
            WHERE b.subscription_id = d.subscription_id AND b.status = 'pending'
              AND b.type <> 'webhook.test') AS backlog
