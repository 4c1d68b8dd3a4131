SELECT a.id, a.feed_id, a.url, a.title, a.outlet, a.first_seen_at, a.last_fetched_at, a.last_changed_at,
       a.next_check_at, a.last_status, a.last_error, a.version_count, a.feed_published_at AS published_at,
       a.feed_published_raw AS published_raw, coalesce(a.feed_published_at, a.first_seen_at) AS dated_at
FROM articles a
WHERE a.id = $1
