SELECT id, event_id, payload
  FROM webhook_deliveries
 WHERE subscription_id = $1 AND status = 'pending' AND type <> 'webhook.test'
   AND attempts = 0 -- an alert once attempted keeps its id until it is delivered or dead
   AND (lease_until IS NULL OR lease_until < now() OR id = ANY($2))
 ORDER BY id
   FOR UPDATE SKIP LOCKED
