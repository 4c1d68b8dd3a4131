-- Forgets hosts idle for $1 ms: no start reserved and no Retry-After pending within that time, and their expired
-- request rows (a dead instance's). A reservation racing the delete re-checks the row and keeps it.
WITH expired AS (
    DELETE FROM host_requests WHERE until <= clock_timestamp()
)
DELETE FROM host_slots
WHERE greatest(next_start, not_before) < clock_timestamp() - make_interval(secs => $1::float8 / 1000)
