-- Issue 22: the article's headline per version (the page's headline without the site's name, else the feed item's
-- title). Versions stored before stay NULL: the first version after this one is compared with nothing, so an
-- upgrade raises no headline change of its own.
ALTER TABLE article_versions ADD COLUMN IF NOT EXISTS headline text;
-- The feed item's title, kept apart from articles.title (which the page's title overwrites): the headline's fallback.
ALTER TABLE articles ADD COLUMN IF NOT EXISTS feed_title text;
UPDATE articles SET feed_title = title WHERE version_count = 0 AND feed_title IS NULL;
