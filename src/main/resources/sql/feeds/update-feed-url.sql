UPDATE feeds
SET url = $2
WHERE id = $1
  AND NOT EXISTS (SELECT 1 FROM feeds other WHERE other.url = $2)
RETURNING id
