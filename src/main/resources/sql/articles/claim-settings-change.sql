INSERT INTO settings_applied (name, fingerprint)
VALUES ($1, $2)
ON CONFLICT (name) DO UPDATE SET fingerprint = excluded.fingerprint
WHERE settings_applied.fingerprint IS DISTINCT FROM excluded.fingerprint
RETURNING name
