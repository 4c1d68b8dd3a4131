SELECT id, version_count
FROM articles
WHERE url = $1
