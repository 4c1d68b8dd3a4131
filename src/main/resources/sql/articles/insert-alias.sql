INSERT INTO article_aliases (url, article_id)
VALUES ($1, $2)
ON CONFLICT (url) DO UPDATE SET article_id = excluded.article_id
