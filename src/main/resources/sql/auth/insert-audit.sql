INSERT INTO audit_log (user_id, username, action, target_type, target_id, detail, status)
VALUES ($1, $2, $3, $4, $5, $6, $7)
