UPDATE webhook_deliveries
   SET status = 'pending', attempts = 0, next_attempt_at = now(), lease_until = NULL, delivered_at = NULL
 WHERE id = $1
RETURNING id
