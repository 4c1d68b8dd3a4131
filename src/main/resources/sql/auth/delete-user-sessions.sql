DELETE FROM sessions WHERE user_id = $1 AND id_hash <> coalesce($2, '')
