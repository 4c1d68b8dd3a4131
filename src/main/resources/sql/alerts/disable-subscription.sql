UPDATE webhook_subscriptions SET active = false, disabled_reason = $2 WHERE id = $1
