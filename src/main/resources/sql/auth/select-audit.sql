SELECT id, at, user_id, username, action, target_type, target_id, detail, status
FROM audit_log
WHERE id < $1
ORDER BY id DESC
LIMIT $2
