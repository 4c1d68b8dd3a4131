INSERT INTO feeds (url, interval_seconds)
VALUES ($1, $2)
RETURNING id
