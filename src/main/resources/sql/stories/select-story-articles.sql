SELECT sa.article_id, sa.version_id, sa.article_date, sa.similarity, sa.assigned_by, sa.assigned_at, a.url,
       a.outlet, coalesce(v.title, a.title) AS title
FROM story_articles sa
         JOIN articles a ON a.id = sa.article_id
         JOIN article_versions v ON v.id = sa.version_id
WHERE sa.story_id = $1
ORDER BY sa.article_date NULLS LAST, sa.article_id
