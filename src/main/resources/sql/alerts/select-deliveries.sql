SELECT id, subscription_id, event_id, type, status, attempts, last_status_code, last_latency_ms, last_error,
       response_excerpt, next_attempt_at, created_at, delivered_at
  FROM webhook_deliveries
 WHERE ($1::bigint IS NULL OR subscription_id = $1) AND ($2::text IS NULL OR status = $2) AND id < $3
 ORDER BY id DESC
 LIMIT $4
