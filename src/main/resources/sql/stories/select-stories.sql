SELECT s.id, s.title, s.pinned, s.article_count, s.disputed_count, s.first_date, s.last_date, s.updated_at,
       (SELECT coalesce(json_agg(DISTINCT a.outlet), '[]')::text
        FROM story_articles sa JOIN articles a ON a.id = sa.article_id
        WHERE sa.story_id = s.id) AS outlets
FROM stories s
WHERE s.merged_into IS NULL
  AND s.article_count > 0
ORDER BY s.pinned DESC, s.last_date DESC NULLS LAST, s.id DESC
LIMIT $1
