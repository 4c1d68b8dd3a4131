SELECT h.host,
       sum(h.checks_not_modified)::bigint AS not_modified,
       sum(h.bytes_saved)::bigint         AS bytes_saved
FROM (SELECT lower(substring(url FROM '^[a-zA-Z][a-zA-Z0-9+.-]*://(?:[^@/?#]*@)?([^/?#]+)')) AS host,
             checks_not_modified, bytes_saved
      FROM articles
      WHERE checks_not_modified > 0) h
GROUP BY h.host
ORDER BY bytes_saved DESC, h.host
