-- claimwatch schema, version 1: feeds, articles, their versions and the claim changes between versions.

CREATE TABLE feeds (
    id                   bigserial PRIMARY KEY,
    url                  text        NOT NULL UNIQUE,
    title                text,
    site_url             text,
    interval_seconds     integer     NOT NULL DEFAULT 300 CHECK (interval_seconds > 0),
    paused               boolean     NOT NULL DEFAULT false,
    status               text        NOT NULL DEFAULT 'new',
    last_polled_at       timestamptz,
    next_poll_at         timestamptz NOT NULL DEFAULT now(),
    last_error           text,
    last_http_status     integer,
    consecutive_failures integer     NOT NULL DEFAULT 0,
    etag                 text,
    last_modified        text,
    lease_owner          text,
    lease_until          timestamptz,
    created_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX feeds_due ON feeds (next_poll_at) WHERE NOT paused;

CREATE TABLE articles (
    id                bigserial PRIMARY KEY,
    feed_id           bigint REFERENCES feeds (id) ON DELETE SET NULL,
    url               text        NOT NULL UNIQUE,
    guid              text,
    title             text,
    outlet            text,
    item_hash         text,
    first_seen_at     timestamptz NOT NULL DEFAULT now(),
    next_check_at     timestamptz,
    check_lease_until timestamptz,
    last_fetched_at   timestamptz,
    last_changed_at   timestamptz,
    last_status       text,
    last_error        text,
    fetch_failures    integer     NOT NULL DEFAULT 0,
    version_count     integer     NOT NULL DEFAULT 0
);
CREATE INDEX articles_due ON articles (next_check_at) WHERE next_check_at IS NOT NULL;
CREATE INDEX articles_feed ON articles (feed_id, id);

CREATE TABLE article_versions (
    id                bigserial PRIMARY KEY,
    article_id        bigint      NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    version_no        integer     NOT NULL,
    fetched_at        timestamptz NOT NULL DEFAULT now(),
    title             text,
    byline            text,
    published         text,
    text              text        NOT NULL,
    text_hash         text        NOT NULL,
    fingerprint       text        NOT NULL,
    revert_of         integer,
    sentence_count    integer     NOT NULL,
    sentences_added   integer     NOT NULL,
    sentences_removed integer     NOT NULL,
    claims            jsonb       NOT NULL DEFAULT '[]',
    metadata          jsonb       NOT NULL DEFAULT '{}',
    raw_html_gz       bytea,
    UNIQUE (article_id, version_no)
);

CREATE TABLE claim_changes (
    id           bigserial PRIMARY KEY,
    article_id   bigint      NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    version_id   bigint      NOT NULL REFERENCES article_versions (id) ON DELETE CASCADE,
    from_version integer     NOT NULL,
    to_version   integer     NOT NULL,
    kind         text        NOT NULL,
    claim_key    text,
    before_text  text,
    after_text   text,
    significance real        NOT NULL,
    detail       jsonb       NOT NULL DEFAULT '{}',
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX claim_changes_article ON claim_changes (article_id, id);
