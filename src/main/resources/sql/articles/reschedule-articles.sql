UPDATE articles a
SET next_check_at = CASE WHEN u.seconds < 0 THEN NULL ELSE now() + make_interval(secs => u.seconds) END
FROM unnest($1::bigint[], $2::float8[]) AS u(id, seconds)
WHERE a.id = u.id
