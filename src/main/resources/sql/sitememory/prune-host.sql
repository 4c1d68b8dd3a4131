-- Keeps one host's memory bounded and fresh: rows older than the window go, and rows beyond the newest cap go.
DELETE FROM site_memory
WHERE host = $1
  AND (seen_at <= now() - make_interval(days => $2)
    OR ctid IN (SELECT ctid FROM site_memory WHERE host = $1 ORDER BY seen_at DESC OFFSET $3))
