UPDATE story_articles SET story_id = $2, assigned_by = 'editor', seq = nextval('story_articles_seq') WHERE story_id = $1
