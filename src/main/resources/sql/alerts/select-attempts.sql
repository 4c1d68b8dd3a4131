SELECT id, delivery_id, attempt_no, status_code, latency_ms, error, response_excerpt, created_at
  FROM webhook_attempts
 WHERE delivery_id = $1
 ORDER BY id
