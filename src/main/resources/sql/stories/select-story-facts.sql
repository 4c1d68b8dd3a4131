SELECT article_id, facts::text AS facts, article_date
FROM story_articles
WHERE story_id = $1
ORDER BY article_id
