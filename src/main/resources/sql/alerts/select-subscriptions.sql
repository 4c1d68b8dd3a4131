SELECT s.id, s.name, s.url, s.format, s.active, s.filters, s.created_at, s.disabled_reason,
       (SELECT count(*) FROM webhook_deliveries d WHERE d.subscription_id = s.id AND d.status = 'dead') AS dead_count,
       (SELECT count(*) FROM webhook_deliveries d WHERE d.subscription_id = s.id AND d.status = 'pending') AS pending_count
  FROM webhook_subscriptions s
 WHERE $1::bigint IS NULL OR s.id = $1
 ORDER BY s.id
