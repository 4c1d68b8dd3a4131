-- Assignments are serialised by lock-story-assignment.sql, so this row lock only keeps the article from being
-- deleted meanwhile: KEY SHARE never waits on, nor skips, the fetch stage's own updates of the row (a skipped row
-- waited for the next tick, an hour in a test that only nudges).
SELECT a.id AS article_id, a.url, a.outlet, a.title AS article_title, v.id AS version_id, v.title, v.published,
       v.text, v.metadata::text AS metadata, a.first_seen_at, a.feed_published_at, s.story_id
FROM articles a
         JOIN LATERAL (SELECT id, title, published, text, metadata
                       FROM article_versions
                       WHERE article_id = a.id
                       ORDER BY version_no DESC
                       LIMIT 1) v ON true
         LEFT JOIN story_articles s ON s.article_id = a.id
WHERE s.article_id IS NULL
   OR s.version_id < v.id
ORDER BY a.id
LIMIT 1 FOR KEY SHARE OF a
