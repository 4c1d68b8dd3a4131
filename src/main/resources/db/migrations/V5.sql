-- V5 (polling): conditional-GET accounting per feed, why a feed was paused, and URL aliases of merged articles.

ALTER TABLE feeds
    ADD COLUMN polls_full         integer NOT NULL DEFAULT 0,
    ADD COLUMN polls_not_modified integer NOT NULL DEFAULT 0,
    ADD COLUMN last_body_bytes    integer,
    ADD COLUMN bytes_saved        bigint  NOT NULL DEFAULT 0,
    ADD COLUMN paused_reason      text;

-- other URLs (AMP pages, alternate feed links) of an article whose page declared its canonical URL
CREATE TABLE article_aliases (
    url        text PRIMARY KEY,
    article_id bigint      NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX article_aliases_article ON article_aliases (article_id);
