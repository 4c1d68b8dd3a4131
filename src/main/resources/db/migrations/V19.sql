-- The feed's date of each item, kept on its article: the instant when the parser could read it, and the string as
-- the feed wrote it (shown when it could not be read). Ordering falls back to first_seen_at when there is no instant.
ALTER TABLE articles ADD COLUMN IF NOT EXISTS feed_published_at timestamptz;
ALTER TABLE articles ADD COLUMN IF NOT EXISTS feed_published_raw text;
