SELECT id, title, groups::text AS groups, merged_into FROM stories WHERE id = $1 FOR UPDATE
