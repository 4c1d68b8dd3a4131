INSERT INTO users (username, password_hash, role, must_change_password)
VALUES ($1, $2, $3, $4)
RETURNING id, username, role, must_change_password, disabled, created_at
