SELECT id, first_seen_at, last_changed_at
FROM articles
WHERE last_fetched_at IS NOT NULL
  AND fetch_failures = 0
  AND last_status IS DISTINCT FROM 'merged'
