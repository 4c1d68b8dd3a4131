SELECT t.id AS token_id, t.user_id, u.username, u.role, u.must_change_password
FROM api_tokens t
         JOIN users u ON u.id = t.user_id
WHERE t.token_hash = $1
  AND t.revoked_at IS NULL
  AND NOT u.disabled
