UPDATE webhook_subscriptions
   SET previous_secret = secret, previous_secret_until = now() + make_interval(secs => $3), secret = $2
 WHERE id = $1
RETURNING id
