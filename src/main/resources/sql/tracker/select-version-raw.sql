SELECT v.id, v.article_id, v.version_no, a.url, v.raw_html_gz
FROM article_versions v
         JOIN articles a ON a.id = v.article_id
WHERE v.id = $1
