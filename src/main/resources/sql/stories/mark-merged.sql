UPDATE stories SET merged_into = $2, pinned = false, updated_at = now() WHERE id = $1 AND merged_into IS NULL AND id <> $2
RETURNING id
