-- Holds host $1 back for $2 ms for every instance (it answered 429/503 with Retry-After).
INSERT INTO host_slots AS s (host, next_start, not_before)
VALUES ($1, clock_timestamp(), clock_timestamp() + make_interval(secs => $2::float8 / 1000))
ON CONFLICT (host) DO UPDATE
    SET not_before = greatest(s.not_before, clock_timestamp() + make_interval(secs => $2::float8 / 1000))
