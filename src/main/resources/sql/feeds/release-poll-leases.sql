UPDATE feeds
SET lease_until = NULL,
    lease_owner = NULL
WHERE ($1::text IS NULL OR lease_owner = $1)
  AND lease_until > now()
