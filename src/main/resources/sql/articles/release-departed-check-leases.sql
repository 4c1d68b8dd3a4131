-- Check leases of instances that are gone: every lease when $1 is NULL (a single instance at start), else those whose
-- owner's instance (stage:instance:uuid) is not among the live members $1.
UPDATE articles
SET check_lease_until = NULL,
    check_lease_owner = NULL
WHERE check_lease_until > now()
  AND ($1::text[] IS NULL OR split_part(coalesce(check_lease_owner, ''), ':', 2) <> ALL ($1::text[]))
