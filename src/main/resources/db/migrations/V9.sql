-- V9 (politeness across instances): requests in flight to a host from any clustered instance, each row leased until
-- the request's deadline so a dead instance's rows expire on their own.

CREATE TABLE host_requests (
    id    bigserial PRIMARY KEY,
    host  text        NOT NULL,
    until timestamptz NOT NULL
);
CREATE INDEX host_requests_by_host ON host_requests (host, until);
