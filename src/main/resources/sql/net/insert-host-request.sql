-- A request to host $1 in flight until at most $2 ms from now (its deadline).
INSERT INTO host_requests (host, until) VALUES ($1, clock_timestamp() + make_interval(secs => $2::float8 / 1000))
RETURNING id
