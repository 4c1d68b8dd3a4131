SELECT id, title, title_locked, pinned, merged_into, first_date, last_date, article_count, disputed_count,
       groups::text AS groups, created_at, updated_at
FROM stories
WHERE id = $1
