-- claimwatch schema, version 2: webhook subscriptions, their durable outbox (deliveries) and every delivery attempt.

CREATE TABLE webhook_subscriptions (
    id                    bigserial PRIMARY KEY,
    name                  text        NOT NULL,
    url                   text        NOT NULL,
    format                text        NOT NULL DEFAULT 'claimwatch' CHECK (format IN ('claimwatch', 'slack')),
    active                boolean     NOT NULL DEFAULT true,
    filters               jsonb       NOT NULL DEFAULT '{}',
    secret                text        NOT NULL,
    previous_secret       text,
    previous_secret_until timestamptz,
    disabled_reason       text,
    created_at            timestamptz NOT NULL DEFAULT now()
);

-- The outbox: one row per event and subscription, written in the transaction that stores the version.
CREATE TABLE webhook_deliveries (
    id               bigserial PRIMARY KEY,
    subscription_id  bigint      NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
    event_id         text        NOT NULL UNIQUE,
    type             text        NOT NULL,
    order_key        text        NOT NULL,
    payload          jsonb       NOT NULL,
    body             text        NOT NULL,
    status           text        NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'dead')),
    attempts         integer     NOT NULL DEFAULT 0,
    max_attempts     integer,
    next_attempt_at  timestamptz NOT NULL DEFAULT now(),
    lease_until      timestamptz,
    last_status_code integer,
    last_latency_ms  integer,
    last_error       text,
    response_excerpt text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    delivered_at     timestamptz
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX webhook_deliveries_order ON webhook_deliveries (subscription_id, order_key, id) WHERE status = 'pending';
CREATE INDEX webhook_deliveries_log ON webhook_deliveries (subscription_id, id);
CREATE INDEX webhook_deliveries_dead ON webhook_deliveries (id) WHERE status = 'dead';

CREATE TABLE webhook_attempts (
    id               bigserial PRIMARY KEY,
    delivery_id      bigint      NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
    subscription_id  bigint      NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
    attempt_no       integer     NOT NULL,
    status_code      integer,
    latency_ms       integer     NOT NULL,
    error            text,
    response_excerpt text,
    created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX webhook_attempts_window ON webhook_attempts (subscription_id, created_at);
CREATE INDEX webhook_attempts_delivery ON webhook_attempts (delivery_id, id);
