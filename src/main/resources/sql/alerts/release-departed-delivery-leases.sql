-- Delivery leases of instances that are gone, due at once: every lease when $1 is NULL (a single instance at start),
-- else those whose owner's instance (stage:instance:uuid) is not among the live members $1. A delivery whose send
-- was in flight may reach its receiver twice; receivers de-duplicate by webhook-id (Standard Webhooks).
UPDATE webhook_deliveries
SET lease_until = NULL,
    lease_owner = NULL,
    next_attempt_at = least(next_attempt_at, now())
WHERE status = 'pending'
  AND lease_until > now()
  AND ($1::text[] IS NULL OR split_part(coalesce(lease_owner, ''), ':', 2) <> ALL ($1::text[]))
