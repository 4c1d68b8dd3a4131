UPDATE articles
SET etag            = $2,
    last_modified   = $3,
    last_body_bytes = $4
WHERE id = $1
