-- Site memory (issue 15): per host, the blocks (lines of cleaned text, as hashed keys) and the headlines of its recent
-- articles. A block that recurs across several other articles of a host is site furniture, a line that is another
-- article's headline is a teaser: neither becomes a claim. Bounded per host (sitememory.maxPerHost rows, newest kept)
-- and expiring (sitememory.days); shared by every instance. kind: 0 a block, 1 a headline.
CREATE TABLE IF NOT EXISTS site_memory (
    host       text        NOT NULL,
    kind       smallint    NOT NULL,
    key        text        NOT NULL,
    article_id bigint      NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    chars      int         NOT NULL,
    seen_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (host, kind, key, article_id)
);
CREATE INDEX IF NOT EXISTS site_memory_host_seen ON site_memory (host, seen_at DESC);
CREATE INDEX IF NOT EXISTS site_memory_article ON site_memory (article_id);
