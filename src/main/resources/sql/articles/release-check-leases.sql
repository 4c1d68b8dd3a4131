UPDATE articles
SET check_lease_until = NULL,
    check_lease_owner = NULL
WHERE ($1::text IS NULL OR check_lease_owner = $1)
  AND check_lease_until > now()
