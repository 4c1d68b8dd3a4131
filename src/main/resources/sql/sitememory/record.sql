-- Remembers the blocks and headline of one article version (rows seen again are refreshed).
INSERT INTO site_memory (host, kind, key, article_id, chars, seen_at)
SELECT $1, t.kind, t.key, $2, t.chars, now()
FROM unnest($3::smallint[], $4::text[], $5::int[]) AS t(kind, key, chars)
ON CONFLICT (host, kind, key, article_id) DO UPDATE SET seen_at = EXCLUDED.seen_at, chars = EXCLUDED.chars
