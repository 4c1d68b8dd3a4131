SELECT h.hour, c.kind, count(c.id)::int AS n
FROM generate_series(date_trunc('hour', now()) - make_interval(hours => $1 - 1), date_trunc('hour', now()),
                     interval '1 hour') AS h(hour)
         LEFT JOIN claim_changes c
                   ON c.created_at >= h.hour AND c.created_at < h.hour + interval '1 hour'
GROUP BY h.hour, c.kind
ORDER BY h.hour
