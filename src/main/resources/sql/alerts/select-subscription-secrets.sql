SELECT id, name, url, format, active, secret,
       CASE WHEN previous_secret_until > now() THEN previous_secret END AS previous_secret
  FROM webhook_subscriptions WHERE id = $1
