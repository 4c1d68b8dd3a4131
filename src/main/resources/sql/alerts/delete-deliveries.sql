DELETE FROM webhook_deliveries WHERE id = ANY($1)
