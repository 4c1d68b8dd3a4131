SELECT a.id, a.feed_id, a.url, a.title, a.outlet, a.first_seen_at, a.last_fetched_at, a.last_changed_at,
       a.next_check_at, a.last_status, a.last_error, a.version_count
FROM articles a
WHERE a.id = $1
