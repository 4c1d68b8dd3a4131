SELECT id, format, filters FROM webhook_subscriptions WHERE active ORDER BY id
