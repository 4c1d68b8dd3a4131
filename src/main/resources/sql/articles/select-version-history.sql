SELECT version_no,
       fingerprint,
       CASE WHEN version_no = max(version_no) OVER () THEN text END AS text
FROM article_versions
WHERE article_id = $1
ORDER BY version_no DESC
