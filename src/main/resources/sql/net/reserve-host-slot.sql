-- Reserves the next start for a request to host $1, $2 ms after the previous reservation (and not before a
-- Retry-After deferral); answers how long to wait for it. The database clock is the one clock of every instance.
INSERT INTO host_slots AS s (host, next_start)
VALUES ($1, clock_timestamp() + make_interval(secs => $2::float8 / 1000))
ON CONFLICT (host) DO UPDATE
    SET next_start = greatest(s.next_start, s.not_before, clock_timestamp()) + make_interval(secs => $2::float8 / 1000)
RETURNING greatest(0, extract(epoch FROM (next_start - clock_timestamp())) * 1000 - $2)::float8 AS wait_ms
