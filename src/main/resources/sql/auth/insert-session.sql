INSERT INTO sessions (id_hash, user_id, csrf_token)
VALUES ($1, $2, $3)
