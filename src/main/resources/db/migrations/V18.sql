-- Conditional article re-checks (issue 19): the validators the outlet sent with the last full page, that page's
-- size, and what re-checks answered 304 saved. A 304 counts as a successful check that moves the schedule on.
ALTER TABLE articles ADD COLUMN IF NOT EXISTS etag text;
ALTER TABLE articles ADD COLUMN IF NOT EXISTS last_modified text;
ALTER TABLE articles ADD COLUMN IF NOT EXISTS last_body_bytes integer;
ALTER TABLE articles ADD COLUMN IF NOT EXISTS checks_not_modified integer NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN IF NOT EXISTS bytes_saved bigint NOT NULL DEFAULT 0;

-- Settings whose change must be applied to stored rows at the next start, by a fingerprint of their values
-- (issue 19): the re-check schedule, so existing articles move to the new one.
CREATE TABLE IF NOT EXISTS settings_applied (
    name        text PRIMARY KEY,
    fingerprint text NOT NULL
);

-- Which instance holds an article's check lease (issue 19): a graceful stop releases its own leases, and a single
-- instance on the embedded database takes every lease back at start instead of waiting for it to expire.
ALTER TABLE articles ADD COLUMN IF NOT EXISTS check_lease_owner text;
