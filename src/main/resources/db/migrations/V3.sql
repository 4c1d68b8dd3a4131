-- claimwatch schema, version 3: stories (the same event across outlets), their articles, claim groups and changes.

CREATE TABLE stories (
    id             bigserial PRIMARY KEY,
    title          text        NOT NULL DEFAULT '',
    title_locked   boolean     NOT NULL DEFAULT false,
    pinned         boolean     NOT NULL DEFAULT false,
    merged_into    bigint REFERENCES stories (id) ON DELETE SET NULL,
    first_date     date,
    last_date      date,
    article_count  integer     NOT NULL DEFAULT 0,
    disputed_count integer     NOT NULL DEFAULT 0,
    groups         jsonb       NOT NULL DEFAULT '[]',
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX stories_live ON stories (pinned DESC, last_date DESC, id DESC) WHERE merged_into IS NULL;

-- One row per article: its story (sticky once set), the version analysed, its term vector and facts.
CREATE TABLE story_articles (
    article_id   bigint PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    story_id     bigint      NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    version_id   bigint      NOT NULL REFERENCES article_versions (id) ON DELETE CASCADE,
    article_date date,
    similarity   real        NOT NULL DEFAULT 0,
    assigned_by  text        NOT NULL DEFAULT 'auto',
    terms        jsonb       NOT NULL DEFAULT '{}',
    facts        jsonb       NOT NULL DEFAULT '[]',
    assigned_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX story_articles_story ON story_articles (story_id);

CREATE TABLE story_changes (
    id         bigserial PRIMARY KEY,
    story_id   bigint      NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    article_id bigint REFERENCES articles (id) ON DELETE CASCADE,
    kind       text        NOT NULL,
    group_key  text        NOT NULL,
    payload    jsonb       NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX story_changes_story ON story_changes (story_id, id);
