UPDATE webhook_deliveries
   SET lease_until = NULL, next_attempt_at = now() + make_interval(secs => $2)
 WHERE id = ANY($1) AND status = 'pending'
