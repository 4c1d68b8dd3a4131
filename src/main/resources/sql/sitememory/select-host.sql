-- The memory of one host: its newest rows within the window, at most the cap.
SELECT article_id, kind, key, chars
FROM site_memory
WHERE host = $1
  AND seen_at > now() - make_interval(days => $2)
ORDER BY seen_at DESC
LIMIT $3
