SELECT version_no, fingerprint, text
FROM article_versions
WHERE article_id = $1
ORDER BY version_no DESC
