-- The feed parser's warnings from the last full poll, readable, joined by "; " ("all 12 items skipped: no link",
-- "3 items with unreadable dates"); NULL when there were none.
ALTER TABLE feeds ADD COLUMN IF NOT EXISTS parse_warnings text;
