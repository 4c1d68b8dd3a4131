INSERT INTO story_articles (article_id, story_id, version_id, article_date, similarity, terms, facts)
VALUES ($1, $2, $3, $4, $5, $6::text::jsonb, $7::text::jsonb)
ON CONFLICT (article_id) DO UPDATE SET version_id   = EXCLUDED.version_id,
                                       article_date = EXCLUDED.article_date,
                                       terms        = EXCLUDED.terms,
                                       facts        = EXCLUDED.facts,
                                       assigned_at  = now(),
                                       seq          = nextval('story_articles_seq')
