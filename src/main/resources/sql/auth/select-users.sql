SELECT id, username, role, must_change_password, disabled, created_at
FROM users
ORDER BY id
