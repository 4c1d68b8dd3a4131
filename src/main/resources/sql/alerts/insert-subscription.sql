INSERT INTO webhook_subscriptions (name, url, format, active, filters, secret)
VALUES ($1, $2, $3, $4, $5, $6)
RETURNING id
