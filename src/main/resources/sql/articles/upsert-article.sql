INSERT INTO articles (feed_id, url, guid, title, outlet, item_hash, next_check_at, feed_published_at,
                      feed_published_raw, feed_title)
VALUES ($1, $2, $3, $4, $5, $6, now(), $7, $8, $4)
ON CONFLICT (url) DO UPDATE
    SET guid               = excluded.guid,
        title              = CASE WHEN articles.version_count > 0 THEN articles.title
                                  ELSE coalesce(excluded.title, articles.title) END,
        feed_title         = coalesce(excluded.feed_title, articles.feed_title),
        item_hash          = excluded.item_hash,
        feed_published_at  = coalesce(excluded.feed_published_at, articles.feed_published_at),
        feed_published_raw = coalesce(excluded.feed_published_raw, articles.feed_published_raw),
        next_check_at      = CASE WHEN articles.item_hash IS DISTINCT FROM excluded.item_hash THEN now()
                                  ELSE articles.next_check_at END
RETURNING id, (xmax = 0) AS inserted
