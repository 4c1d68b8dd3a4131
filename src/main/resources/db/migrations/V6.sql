-- Accounts, sessions, personal API tokens and the audit log.

CREATE TABLE users (
    id                   bigserial PRIMARY KEY,
    username             text        NOT NULL,
    password_hash        text        NOT NULL,
    role                 text        NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')),
    must_change_password boolean     NOT NULL DEFAULT false,
    disabled             boolean     NOT NULL DEFAULT false,
    created_at           timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_username ON users (lower(username));

CREATE TABLE sessions (
    id_hash      text PRIMARY KEY,
    user_id      bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    csrf_token   text        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    last_seen_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE api_tokens (
    id           bigserial PRIMARY KEY,
    user_id      bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name         text        NOT NULL,
    token_hash   text        NOT NULL UNIQUE,
    created_at   timestamptz NOT NULL DEFAULT now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);

CREATE TABLE audit_log (
    id          bigserial PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT now(),
    user_id     bigint,
    username    text,
    action      text        NOT NULL,
    target_type text,
    target_id   text,
    detail      text,
    status      integer     NOT NULL
);
CREATE INDEX audit_log_at ON audit_log (id DESC);
