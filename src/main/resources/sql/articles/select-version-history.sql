SELECT v.version_no,
       v.fingerprint,
       CASE WHEN v.version_no = max(v.version_no) OVER () THEN v.text END AS text,
       CASE WHEN v.version_no = max(v.version_no) OVER () THEN v.raw_html_gz END AS raw_html_gz,
       v.headline,
       v.fetched_at,
       a.feed_title
FROM articles a
         LEFT JOIN article_versions v ON v.article_id = a.id
WHERE a.id = $1
ORDER BY v.version_no DESC NULLS LAST
