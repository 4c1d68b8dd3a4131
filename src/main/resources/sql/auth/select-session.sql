SELECT s.user_id, s.csrf_token, s.created_at, s.last_seen_at, u.username, u.role, u.must_change_password
FROM sessions s
         JOIN users u ON u.id = s.user_id
WHERE s.id_hash = $1
  AND NOT u.disabled
  AND s.created_at > now() - make_interval(secs => $2)
  AND s.last_seen_at > now() - make_interval(secs => $3)
