SELECT url
FROM article_aliases
WHERE url = ANY ($1)
