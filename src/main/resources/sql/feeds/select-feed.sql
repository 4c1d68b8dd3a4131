SELECT f.*,
       (SELECT count(*) FROM articles a WHERE a.feed_id = f.id)                                   AS items_count,
       (SELECT coalesce(sum(a.version_count), 0) FROM articles a WHERE a.feed_id = f.id)::bigint  AS versions_count,
       (SELECT coalesce(sum(a.checks_not_modified), 0) FROM articles a WHERE a.feed_id = f.id)::bigint AS recheck_not_modified,
       (SELECT coalesce(sum(a.bytes_saved), 0) FROM articles a WHERE a.feed_id = f.id)::bigint AS recheck_bytes_saved
FROM feeds f
WHERE f.id = $1
