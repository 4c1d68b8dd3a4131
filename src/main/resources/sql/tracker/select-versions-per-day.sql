SELECT a.feed_id, date_trunc('day', v.fetched_at) AS day, count(*)::int AS n
FROM article_versions v
         JOIN articles a ON a.id = v.article_id
WHERE v.fetched_at >= date_trunc('day', now()) - make_interval(days => $1 - 1)
  AND a.feed_id IS NOT NULL
GROUP BY a.feed_id, date_trunc('day', v.fetched_at)
ORDER BY a.feed_id, day
