-- V8 (politeness across instances): when instances are clustered, each request to a host reserves its start here,
-- so the minimum delay per host and Retry-After hold for the whole cluster, not per instance.

CREATE TABLE host_slots (
    host       text PRIMARY KEY,
    next_start timestamptz NOT NULL,
    not_before timestamptz NOT NULL DEFAULT '-infinity'
);
