UPDATE users
SET role     = coalesce($2, role),
    disabled = coalesce($3, disabled)
WHERE id = $1
RETURNING id, username, role, must_change_password, disabled, created_at
