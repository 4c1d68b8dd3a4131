SELECT id, name, created_at, last_used_at, revoked_at
FROM api_tokens
WHERE user_id = $1
ORDER BY id
