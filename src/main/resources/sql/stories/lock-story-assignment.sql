-- One story assignment at a time across every instance (released at commit or rollback).
SELECT pg_advisory_xact_lock(hashtext('claimwatch.stories.assign'))
