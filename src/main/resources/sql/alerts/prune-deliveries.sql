DELETE FROM webhook_deliveries
 WHERE status = 'delivered' AND delivered_at < now() - make_interval(days => $1)
