INSERT INTO webhook_deliveries (subscription_id, event_id, type, order_key, payload, body, max_attempts, lease_until)
VALUES ($1, $2, $3, $4, $5, $6, $7, CASE WHEN $8 THEN now() + make_interval(secs => $9) END)
RETURNING id, created_at
