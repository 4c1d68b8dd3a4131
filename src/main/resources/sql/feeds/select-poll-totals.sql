SELECT count(*)                                  AS feeds,
       coalesce(sum(polls_full), 0)::bigint         AS polls_full,
       coalesce(sum(polls_not_modified), 0)::bigint AS polls_not_modified,
       coalesce(sum(bytes_saved), 0)::bigint        AS bytes_saved
FROM feeds
