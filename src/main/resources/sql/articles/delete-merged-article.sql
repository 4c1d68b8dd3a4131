DELETE FROM articles
WHERE id = $1 AND version_count = 0
RETURNING id
