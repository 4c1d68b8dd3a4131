-- V7 (stories on several instances): every story assignment gets a sequence number in commit order (assignments
-- are serialised by an advisory lock), so each instance's in-memory story index can catch up with assignments made
-- by the others before matching an article.

CREATE SEQUENCE story_articles_seq;
ALTER TABLE story_articles ADD COLUMN seq bigint NOT NULL DEFAULT nextval('story_articles_seq');
ALTER SEQUENCE story_articles_seq OWNED BY story_articles.seq;
CREATE INDEX story_articles_by_seq ON story_articles (seq);
