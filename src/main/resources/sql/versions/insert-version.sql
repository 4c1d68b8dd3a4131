INSERT INTO article_versions (article_id, version_no, title, byline, published, text, text_hash, fingerprint,
                              revert_of, sentence_count, sentences_added, sentences_removed, claims, metadata,
                              raw_html_gz, headline)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::text::jsonb, $14::text::jsonb, $15, $16)
RETURNING id, fetched_at
