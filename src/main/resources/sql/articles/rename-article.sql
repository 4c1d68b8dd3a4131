UPDATE articles
SET url = $2
WHERE id = $1
  AND NOT EXISTS (SELECT 1 FROM articles other WHERE other.url = $2)
RETURNING id
