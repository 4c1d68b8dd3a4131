UPDATE webhook_subscriptions
   SET name = coalesce($2, name), url = coalesce($3, url), format = coalesce($4, format),
       filters = coalesce($5, filters), active = coalesce($6, active),
       disabled_reason = CASE WHEN $6 THEN NULL ELSE disabled_reason END
 WHERE id = $1
RETURNING id
