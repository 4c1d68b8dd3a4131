UPDATE stories
SET groups         = $2::text::jsonb,
    disputed_count = $3,
    article_count  = (SELECT count(*) FROM story_articles WHERE story_id = $1),
    first_date     = (SELECT min(article_date) FROM story_articles WHERE story_id = $1),
    last_date      = (SELECT max(article_date) FROM story_articles WHERE story_id = $1),
    title          = CASE WHEN title_locked OR title <> '' THEN title ELSE coalesce($4, title) END,
    updated_at     = now()
WHERE id = $1
RETURNING id, title
