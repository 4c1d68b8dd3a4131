SELECT version_no, text, published, headline
FROM article_versions
WHERE article_id = $1
  AND version_no IN ($2, $3)
