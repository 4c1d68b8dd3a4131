SELECT id, username, password_hash, role, must_change_password, disabled
FROM users
WHERE lower(username) = lower($1)
