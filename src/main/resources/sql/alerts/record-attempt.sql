WITH d AS (
    UPDATE webhook_deliveries
       SET status = $2, attempts = attempts + 1, last_status_code = $3, last_latency_ms = $4, last_error = $5,
           response_excerpt = $6,
           next_attempt_at = CASE WHEN $7::float8 IS NULL THEN next_attempt_at ELSE now() + make_interval(secs => $7::float8) END,
           delivered_at = CASE WHEN $2 = 'delivered' THEN now() END,
           lease_until = NULL
     WHERE id = $1
 RETURNING id, subscription_id, attempts)
INSERT INTO webhook_attempts (delivery_id, subscription_id, attempt_no, status_code, latency_ms, error, response_excerpt)
SELECT id, subscription_id, attempts, $3, $4, $5, $6 FROM d
