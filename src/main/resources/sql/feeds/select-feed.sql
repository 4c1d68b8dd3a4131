SELECT f.*,
       (SELECT count(*) FROM articles a WHERE a.feed_id = f.id)                                   AS items_count,
       (SELECT coalesce(sum(a.version_count), 0) FROM articles a WHERE a.feed_id = f.id)::bigint  AS versions_count
FROM feeds f
WHERE f.id = $1
