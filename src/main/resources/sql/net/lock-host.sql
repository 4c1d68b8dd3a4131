-- Requests to host $1 are admitted one at a time across instances (released at commit).
SELECT pg_advisory_xact_lock(hashtext('claimwatch.host:' || $1))
