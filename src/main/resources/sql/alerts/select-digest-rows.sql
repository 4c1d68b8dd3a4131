SELECT id, event_id, payload
  FROM webhook_deliveries
 WHERE subscription_id = $1 AND status = 'pending' AND type <> 'webhook.test'
   AND (lease_until IS NULL OR lease_until < now() OR id = ANY($2))
 ORDER BY id
   FOR UPDATE SKIP LOCKED
